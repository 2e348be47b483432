/**
 * The PII scrubber (core/privacy): a table of Mexican personal data that MUST be removed, in the
 * forms people actually type, and ordinary Spanish text about public information that must NOT be
 * touched (dates, amounts, articles, postal codes, years, folio numbers).
 */
import { describe, expect, it } from 'vitest';
import { luhnValid, scrubPii, type PiiKind } from '../../../core/privacy/index.js';

type Case = [text: string, kind: PiiKind, expected: string];

const MUST_SCRUB: Case[] = [
  // CURP
  ['Mi CURP es GODE561231HDFRRN09.', 'curp', 'Mi CURP es [CURP].'],
  ['curp: gode561231hdfrrn09', 'curp', 'curp: [CURP]'],
  ['CURP GODE 561231 HDFRRN 09 por favor', 'curp', 'CURP [CURP] por favor'],
  ['(MAPL800101MJCRRS04)', 'curp', '([CURP])'],
  ['CURP con X: SOLX050505XNLRRSA3', 'curp', 'CURP con X: [CURP]'],
  ['ÑUÑE900101HOCXXX07 es la mía', 'curp', '[CURP] es la mía'],
  ['CURP:PEGJ021115HVZRNNA3', 'curp', 'CURP:[CURP]'],
  // Clave de elector (INE)
  ['mi clave de elector GMVLMR80070501M100', 'voter-id', 'mi clave de elector [clave de elector]'],
  // RFC persona física and moral
  ['RFC GODE561231GR8', 'rfc', 'RFC [RFC]'],
  ['rfc: gode561231gr8.', 'rfc', 'rfc: [RFC].'],
  ['RFC GODE-561231-GR8', 'rfc', 'RFC [RFC]'],
  ['RFC GODE 561231 GR8 gracias', 'rfc', 'RFC [RFC] gracias'],
  ['Sin homoclave: GODE561231', 'rfc', 'Sin homoclave: [RFC]'],
  ['La empresa ABC010101AB1 no paga', 'rfc', 'La empresa [RFC] no paga'],
  ['Empresa con Ñ y &: ÑA&010101AB1', 'rfc', 'Empresa con Ñ y &: [RFC]'],
  ['Moral agrupado: ABC 010101 AB1', 'rfc', 'Moral agrupado: [RFC]'],
  ['Público en general XAXX010101000', 'rfc', 'Público en general [RFC]'],
  // E-mail
  ['escríbanme a juan.perez@gmail.com', 'email', 'escríbanme a [correo]'],
  ['JUAN_PEREZ+portal@correo.gob.mx.', 'email', '[correo].'],
  ['maría.lópez@correo.com.mx', 'email', '[correo]'],
  ['juan @ hotmail.com', 'email', '[correo]'],
  ['juan arroba gmail punto com', 'email', '[correo]'],
  ['juan(at)gmail(dot)com', 'email', '[correo]'],
  ['<ana.ruiz@sub.dominio.org>', 'email', '<[correo]>'],
  // Mexican phone numbers
  ['Mi teléfono es 5512345678', 'phone', 'Mi teléfono es [teléfono]'],
  ['Llámenme al 55 1234 5678.', 'phone', 'Llámenme al [teléfono].'],
  ['tel. 55-1234-5678', 'phone', 'tel. [teléfono]'],
  ['(55) 1234 5678', 'phone', '[teléfono]'],
  ['(55) 1234-5678 en la tarde', 'phone', '[teléfono] en la tarde'],
  ['(33)36145678', 'phone', '[teléfono]'],
  ['333 614 5678', 'phone', '[teléfono]'],
  ['333.614.5678', 'phone', '[teléfono]'],
  ['81 83 45 67 89', 'phone', '[teléfono]'],
  ['+52 55 1234 5678', 'phone', '[teléfono]'],
  ['+525512345678', 'phone', '[teléfono]'],
  ['+52 (55) 1234-5678', 'phone', '[teléfono]'],
  ['+52 1 55 1234 5678', 'phone', '[teléfono]'],
  ['+52-33-3614-5678', 'phone', '[teléfono]'],
  ['0052 55 1234 5678', 'phone', '[teléfono]'],
  ['044 55 1234 5678', 'phone', '[teléfono]'],
  ['045 33 3614 5678', 'phone', '[teléfono]'],
  ['01 800 123 4567', 'phone', '[teléfono]'],
  ['800 123 4567', 'phone', '[teléfono]'],
  ['Tel.5512345678', 'phone', 'Tel.[teléfono]'],
  ['En 2023 5512345678 me dijeron', 'phone', 'En 2023 [teléfono] me dijeron'],
  ['C.P. 06600 55 1234 5678', 'phone', 'C.P. 06600 [teléfono]'],
  ['WhatsApp: 55 12 34 56 78', 'phone', 'WhatsApp: [teléfono]'],
  // Card-like numbers (Luhn)
  ['tarjeta 4111 1111 1111 1111', 'card', 'tarjeta [tarjeta]'],
  ['4242424242424242', 'card', '[tarjeta]'],
  ['5555-5555-5555-4444', 'card', '[tarjeta]'],
  ['MC 2223 0031 2200 3222', 'card', 'MC [tarjeta]'],
  ['Amex 3782 822463 10005', 'card', 'Amex [tarjeta]'],
  ['Discover 6011111111111117', 'card', 'Discover [tarjeta]'],
  ['Diners 30569309025904', 'card', 'Diners [tarjeta]'],
];

const MUST_KEEP: string[] = [
  'La información me sirvió mucho, gracias.',
  'No encontré el presupuesto de 2024 ni el de 2023.',
  'Publicado el 31/12/2023 a las 10:30 horas.',
  'Fecha de actualización: 2024-03-15.',
  'Periodo 2020-2024, trimestre 01/2024.',
  'El contrato costó $1,234,567.89 pesos.',
  'El monto fue de $ 5512345678 en total.',
  'Se asignaron 2260140240 pesos al programa.',
  'Una población de 1 234 567 890 personas.',
  'Son 126,014,024 habitantes según el censo.',
  'El 45.5 % no respondió; 3.1416; 12.50 MXN.',
  'Artículo 70, fracción XXVIII de la LGTAIP; artículos 56 a 58.',
  'Código postal 06600, C.P. 44100, CP 64000.',
  'Mi solicitud con folio 330026523000123 sigue sin respuesta.',
  'Folio 330026523000129 (su dígito Luhn cuadra, pero 33 no es un emisor de tarjetas).',
  'folio: 3300265230 y expediente 2212345678.',
  'El oficio No. 5512345678 y la solicitud número 2212345678.',
  'Número de expediente 0001700012319.',
  'Oficio DGAJ/0123/2021 y UT/045/2022.',
  'Clave presupuestal 2024-09-01-001 del ramo 12.',
  'NOM-035-STPS-2018 y ISO 9001:2015.',
  'los 120100 que se inscribieron, del 150000 por ciento',
  'Tabla 3, cuadro 12.4, página 233 de 500.',
  'Llamé a la línea de atención y me dijeron que usara el @portal_gob.',
  'Horario de 9:00 a 14:00 horas, de lunes a viernes.',
  'Versión 2.3.1 del conjunto de datos, 1,500 registros.',
  'UNAM 2020-2021, SEP 2019, IMSS 2018 y CONEVAL 2022.',
  'La ley del 2015 (DOF 04-05-2015) y su reforma de 2025.',
  'Dirección: Av. Insurgentes Sur 3211, piso 4, 04530.',
  'De 1990 a 2000 hubo 10 informes.',
  'El ID del recurso es 8f4e2a.',
  'Descargué el archivo tarifas_2024.csv (12 345 filas).',
  'escribe arroba en el teclado y luego el dominio',
];

describe('scrubPii removes personal data', () => {
  it.each(MUST_SCRUB)('%s', (text, kind, expected) => {
    const result = scrubPii(text);
    expect(result.text).toBe(expected);
    expect(result.removed).toEqual({ [kind]: 1 });
    expect(result.total).toBe(1);
  });
});

describe('scrubPii leaves ordinary text alone', () => {
  it.each(MUST_KEEP)('%s', (text) => {
    expect(scrubPii(text)).toEqual({ text, removed: {}, total: 0 });
  });
});

describe('scrubPii', () => {
  it('counts several findings of several kinds in one comment', () => {
    const text =
      'Soy GODE561231HDFRRN09, RFC GODE561231GR8, escríbanme a ana@mail.mx o al 55 1234 5678 o al 33 3614 5678; pago con 4111111111111111.';
    const result = scrubPii(text);
    expect(result.text).toBe('Soy [CURP], RFC [RFC], escríbanme a [correo] o al [teléfono] o al [teléfono]; pago con [tarjeta].');
    expect(result.removed).toEqual({ curp: 1, rfc: 1, email: 1, phone: 2, card: 1 });
    expect(result.total).toBe(6);
  });

  it('uses English tokens for the en locale', () => {
    expect(scrubPii('mail ana@mail.mx or 55 1234 5678', 'en').text).toBe('mail [email] or [phone]');
  });

  it('does not read an RFC inside a CURP, nor a phone inside a card or an e-mail', () => {
    expect(scrubPii('GODE561231HDFRRN09').removed).toEqual({ curp: 1 });
    expect(scrubPii('5512345678@correo.mx').removed).toEqual({ email: 1 });
    expect(scrubPii('4111111111111111').removed).toEqual({ card: 1 });
  });

  it('is idempotent: scrubbing scrubbed text changes nothing', () => {
    const once = scrubPii('CURP GODE561231HDFRRN09, tel 5512345678, ana@mail.mx').text;
    expect(scrubPii(once)).toEqual({ text: once, removed: {}, total: 0 });
  });

  it('handles empty and long text', () => {
    expect(scrubPii('')).toEqual({ text: '', removed: {}, total: 0 });
    const long = 'Texto sin datos personales. '.repeat(2_000) + 'Mi tel 5512345678';
    expect(scrubPii(long).removed).toEqual({ phone: 1 });
  });
});

describe('luhnValid', () => {
  it.each([
    ['4111111111111111', true],
    ['378282246310005', true],
    ['4111111111111112', false],
    ['', false],
    ['41a1', false],
  ])('%s → %s', (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });
});
