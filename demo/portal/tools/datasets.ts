/**
 * The open datasets the demo portal's good pages offer for download. Generated once with a seeded
 * PRNG (so the numbers are plausible and stable) and committed as CSV and JSON files:
 * `npx tsx demo/portal/tools/generate-files.ts`. tests/unit/demo/portal-downloads.test.ts checks
 * that every JSON holds the same rows as its CSV.
 */
import { MUNICIPIOS } from './municipios.js';

export type Cell = string | number;
export type Row = Record<string, Cell>;

export interface Field {
  name: string;
  type: 'texto' | 'entero' | 'decimal' | 'fecha' | 'booleano';
  description: string;
}

export interface Dataset {
  /** Path under demo/portal/, without extension. */
  file: string;
  title: string;
  updated: string;
  fields: Field[];
  rows: Row[];
  /** Also write a JSON copy (the previous-year files are CSV only). */
  json: boolean;
  /**
   * Written as an old billing system exported it (the demo's broken CSV): Latin-1, `;`-separated,
   * a title line above the header and a short «TOTAL» row at the end.
   */
  legacyExport?: true;
  /** Dictionary file path under demo/portal/, without extension. */
  dictionary?: string;
}

/** mulberry32: small deterministic PRNG so every regeneration gives the same files. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS_2026 = Array.from({ length: 10 }, (_, i) => `2026-${pad(i + 1)}`);
const MONTHS_2025 = Array.from({ length: 12 }, (_, i) => `2025-${pad(i + 1)}`);

function tarifas(year: number, factor: number): Row[] {
  const rnd = prng(year);
  const usos = [
    { uso: 'domestico', base: 98, m3: 11.4 },
    { uso: 'comercial', base: 186, m3: 19.8 },
    { uso: 'industrial', base: 342, m3: 27.5 },
  ];
  const rangos: [number, number][] = [
    [0, 10],
    [11, 30],
    [31, 999],
  ];
  return MUNICIPIOS.flatMap((m, i) =>
    usos.flatMap((u) =>
      rangos.map(([min, max], r) => ({
        municipio_clave: m.clave,
        municipio: m.nombre,
        uso: u.uso,
        rango_m3_min: min,
        rango_m3_max: max,
        cuota_fija_mxn: round((u.base + i * 4 + rnd() * 6) * factor * (r === 0 ? 1 : 0)),
        precio_m3_mxn: round((u.m3 * (1 + r * 0.35) + rnd() * 1.5) * factor),
        drenaje_pct: 20,
        saneamiento_pct: i < 4 ? 15 : 10,
        vigente_desde: `${year}-01-01`,
      })),
    ),
  );
}

const TARIFAS_FIELDS: Field[] = [
  { name: 'municipio_clave', type: 'texto', description: 'Clave del municipio (5 dígitos, entidad 33).' },
  { name: 'municipio', type: 'texto', description: 'Nombre del municipio.' },
  { name: 'uso', type: 'texto', description: 'Tipo de toma: domestico, comercial o industrial.' },
  { name: 'rango_m3_min', type: 'entero', description: 'Consumo mínimo del rango, en metros cúbicos al mes.' },
  { name: 'rango_m3_max', type: 'entero', description: 'Consumo máximo del rango, en metros cúbicos al mes (999 = sin límite).' },
  { name: 'cuota_fija_mxn', type: 'decimal', description: 'Cuota fija mensual en pesos (sólo el primer rango).' },
  { name: 'precio_m3_mxn', type: 'decimal', description: 'Precio por metro cúbico dentro del rango, en pesos.' },
  { name: 'drenaje_pct', type: 'entero', description: 'Cargo por drenaje, como porcentaje del importe de agua.' },
  { name: 'saneamiento_pct', type: 'entero', description: 'Cargo por saneamiento, como porcentaje del importe de agua.' },
  { name: 'vigente_desde', type: 'fecha', description: 'Fecha desde la que rige la tarifa (AAAA-MM-DD).' },
];

function calidad(months: string[], seed: number): Row[] {
  const rnd = prng(seed);
  return months.flatMap((month) =>
    MUNICIPIOS.flatMap((m, i) =>
      ['Tanque principal', 'Red de distribución'].map((punto, p) => {
        const cloro = round(0.2 + rnd() * 1.2, 2);
        const coliformes = rnd() < 0.06 ? Math.ceil(rnd() * 4) : 0;
        const turbiedad = round(0.3 + rnd() * (i > 8 ? 4.5 : 2.5), 1);
        const cumple = cloro >= 0.2 && cloro <= 1.5 && coliformes === 0 && turbiedad <= 4;
        return {
          mes: month,
          municipio_clave: m.clave,
          municipio: m.nombre,
          punto_muestreo: `${m.clave}-${p + 1} ${punto}`,
          cloro_residual_mg_l: cloro,
          coliformes_fecales_nmp_100ml: coliformes,
          turbiedad_ntu: turbiedad,
          cumple_norma: cumple ? 'si' : 'no',
        };
      }),
    ),
  );
}

const CALIDAD_FIELDS: Field[] = [
  { name: 'mes', type: 'texto', description: 'Mes del muestreo (AAAA-MM).' },
  { name: 'municipio_clave', type: 'texto', description: 'Clave del municipio (5 dígitos).' },
  { name: 'municipio', type: 'texto', description: 'Nombre del municipio.' },
  { name: 'punto_muestreo', type: 'texto', description: 'Identificador y tipo del punto donde se tomó la muestra.' },
  { name: 'cloro_residual_mg_l', type: 'decimal', description: 'Cloro residual libre en miligramos por litro (la norma pide de 0.2 a 1.5).' },
  { name: 'coliformes_fecales_nmp_100ml', type: 'entero', description: 'Coliformes fecales, número más probable en 100 ml (la norma pide 0).' },
  { name: 'turbiedad_ntu', type: 'decimal', description: 'Turbiedad en unidades nefelométricas (la norma pide 4 o menos).' },
  { name: 'cumple_norma', type: 'texto', description: 'si cuando la muestra cumple los tres límites; no en otro caso.' },
];

function cortes(): Row[] {
  const rnd = prng(77);
  const motivos = ['Reparación de fuga en línea de conducción', 'Mantenimiento de equipo de bombeo', 'Limpieza de tanque', 'Conexión de tubería nueva', 'Cambio de válvulas'];
  const colonias = ['Centro', 'El Mirador', 'Lomas del Valle', 'San José', 'La Esperanza', 'Jardines', 'Benito Juárez', 'Las Flores', 'Buenavista', 'El Carmen'];
  const rows: Row[] = [];
  for (let n = 0; n < 32; n++) {
    const day = 2 + Math.floor((n * 26) / 32);
    const m = MUNICIPIOS[Math.floor(rnd() * MUNICIPIOS.length)]!;
    const hours = [4, 6, 8, 10, 12, 24][Math.floor(rnd() * 6)]!;
    const start = 7 + Math.floor(rnd() * 4);
    rows.push({
      folio: `CP-2026-${String(412 + n).padStart(4, '0')}`,
      fecha: `2026-11-${pad(day)}`,
      hora_inicio: `${pad(start)}:00`,
      duracion_horas: hours,
      tipo: rnd() < 0.7 ? 'suspension' : 'baja_presion',
      municipio_clave: m.clave,
      municipio: m.nombre,
      colonias: [colonias[Math.floor(rnd() * 10)]!, colonias[Math.floor(rnd() * 10)]!].filter((c, i, a) => a.indexOf(c) === i).join('; '),
      motivo: motivos[Math.floor(rnd() * motivos.length)]!,
      pipas_de_apoyo: rnd() < 0.6 ? 'si' : 'no',
    });
  }
  return rows;
}

const CORTES_FIELDS: Field[] = [
  { name: 'folio', type: 'texto', description: 'Folio del aviso de corte.' },
  { name: 'fecha', type: 'fecha', description: 'Día del corte (AAAA-MM-DD).' },
  { name: 'hora_inicio', type: 'texto', description: 'Hora de inicio (HH:MM, hora del centro de México).' },
  { name: 'duracion_horas', type: 'entero', description: 'Duración estimada, en horas.' },
  { name: 'tipo', type: 'texto', description: 'suspension (sin servicio) o baja_presion.' },
  { name: 'municipio_clave', type: 'texto', description: 'Clave del municipio (5 dígitos).' },
  { name: 'municipio', type: 'texto', description: 'Nombre del municipio.' },
  { name: 'colonias', type: 'texto', description: 'Colonias afectadas, separadas por punto y coma.' },
  { name: 'motivo', type: 'texto', description: 'Motivo del trabajo.' },
  { name: 'pipas_de_apoyo', type: 'texto', description: 'si cuando habrá pipas gratuitas en la zona.' },
];

function pipas(): Row[] {
  const rnd = prng(2026);
  return MONTHS_2026.flatMap((month) =>
    MUNICIPIOS.map((m) => {
      const solicitudes = Math.round((m.poblacion / 4000) * (0.6 + rnd()));
      const atendidas = Math.round(solicitudes * (0.86 + rnd() * 0.12));
      return {
        mes: month,
        municipio_clave: m.clave,
        municipio: m.nombre,
        solicitudes,
        atendidas,
        horas_promedio_entrega: round(9 + rnd() * 30, 1),
        gratuitas: Math.round(atendidas * (0.2 + rnd() * 0.2)),
      };
    }),
  );
}

const PIPAS_FIELDS: Field[] = [
  { name: 'mes', type: 'texto', description: 'Mes (AAAA-MM).' },
  { name: 'municipio_clave', type: 'texto', description: 'Clave del municipio (5 dígitos).' },
  { name: 'municipio', type: 'texto', description: 'Nombre del municipio.' },
  { name: 'solicitudes', type: 'entero', description: 'Pipas pedidas en el mes por teléfono, en línea o en oficina.' },
  { name: 'atendidas', type: 'entero', description: 'Pipas entregadas en el mes.' },
  { name: 'horas_promedio_entrega', type: 'decimal', description: 'Horas promedio entre la solicitud y la entrega.' },
  { name: 'gratuitas', type: 'entero', description: 'Pipas entregadas sin costo (cortes programados, escuelas, emergencias).' },
];

function modulos(): Row[] {
  const rnd = prng(5150);
  const tipos = ['Centro de Salud', 'Hospital General', 'Unidad Médica Rural'];
  const horarios = ['lunes a viernes de 8:00 a 14:00', 'lunes a viernes de 8:00 a 19:00', 'lunes a sábado de 8:00 a 15:00'];
  const rows: Row[] = [];
  let n = 1;
  for (const m of MUNICIPIOS) {
    const count = m.poblacion > 90_000 ? 4 : m.poblacion > 30_000 ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const tipo = k === 0 && m.poblacion > 50_000 ? tipos[1]! : tipos[m.poblacion < 20_000 ? 2 : 0]!;
      rows.push({
        clave_modulo: `VAC-${String(n++).padStart(3, '0')}`,
        nombre: `${tipo} ${m.nombre}${count > 1 ? ` ${k + 1}` : ''}`,
        municipio_clave: m.clave,
        municipio: m.nombre,
        domicilio: `Calle ${['Hidalgo', 'Morelos', 'Allende', 'Juárez', 'Zaragoza'][Math.floor(rnd() * 5)]} ${10 + Math.floor(rnd() * 290)}`,
        horario: horarios[Math.floor(rnd() * 3)]!,
        vacunas: 'influenza; COVID-19; neumococo; hepatitis B; sarampión-rubéola; VPH',
        latitud: round(19.1 + rnd() * 1.4, 5),
        longitud: round(-99.9 + rnd() * 1.6, 5),
        telefono: `800 555 ${String(2000 + n * 7).padStart(4, '0')}`,
      });
    }
  }
  return rows;
}

const MODULOS_FIELDS: Field[] = [
  { name: 'clave_modulo', type: 'texto', description: 'Clave del módulo de vacunación.' },
  { name: 'nombre', type: 'texto', description: 'Nombre de la unidad de salud.' },
  { name: 'municipio_clave', type: 'texto', description: 'Clave del municipio (5 dígitos).' },
  { name: 'municipio', type: 'texto', description: 'Nombre del municipio.' },
  { name: 'domicilio', type: 'texto', description: 'Calle y número.' },
  { name: 'horario', type: 'texto', description: 'Días y horas de atención.' },
  { name: 'vacunas', type: 'texto', description: 'Vacunas que se aplican, separadas por punto y coma.' },
  { name: 'latitud', type: 'decimal', description: 'Latitud en grados decimales (WGS84).' },
  { name: 'longitud', type: 'decimal', description: 'Longitud en grados decimales (WGS84).' },
  { name: 'telefono', type: 'texto', description: 'Teléfono del módulo.' },
];

const HOSPITALES = [
  { clave: 'HG-01', nombre: 'Hospital General de Esmeralda de Juárez', municipio: MUNICIPIOS[0] },
  { clave: 'HG-02', nombre: 'Hospital General de San Andrés Tlalpa', municipio: MUNICIPIOS[1] },
  { clave: 'HG-03', nombre: 'Hospital General de Santa Lucía del Río', municipio: MUNICIPIOS[2] },
  { clave: 'HM-01', nombre: 'Hospital de la Mujer de Esmeralda de Juárez', municipio: MUNICIPIOS[0] },
  { clave: 'HI-01', nombre: 'Hospital Infantil del Estado', municipio: MUNICIPIOS[0] },
  { clave: 'HC-01', nombre: 'Hospital Comunitario de Real de Minas', municipio: MUNICIPIOS[7] },
  { clave: 'HC-02', nombre: 'Hospital Comunitario de Las Palmas', municipio: MUNICIPIOS[9] },
] as const;

function abasto(months: string[], seed: number): Row[] {
  const rnd = prng(seed);
  return months.flatMap((month) =>
    HOSPITALES.map((h, i) => {
      const recetas = Math.round(4200 / (i + 1.5) * (0.9 + rnd() * 0.2) * 4);
      const completas = Math.round(recetas * (0.72 + rnd() * 0.24));
      return {
        mes: month,
        clave_hospital: h.clave,
        hospital: h.nombre,
        municipio: h.municipio.nombre,
        recetas_emitidas: recetas,
        recetas_surtidas_completas: completas,
        porcentaje_surtimiento: round((completas / recetas) * 100, 1),
        claves_en_desabasto: Math.round((1 - completas / recetas) * 40),
      };
    }),
  );
}

const ABASTO_FIELDS: Field[] = [
  { name: 'mes', type: 'texto', description: 'Mes (AAAA-MM).' },
  { name: 'clave_hospital', type: 'texto', description: 'Clave del hospital.' },
  { name: 'hospital', type: 'texto', description: 'Nombre del hospital.' },
  { name: 'municipio', type: 'texto', description: 'Municipio donde está el hospital.' },
  { name: 'recetas_emitidas', type: 'entero', description: 'Recetas que se entregaron a pacientes en el mes.' },
  { name: 'recetas_surtidas_completas', type: 'entero', description: 'Recetas en las que la farmacia entregó todos los medicamentos.' },
  { name: 'porcentaje_surtimiento', type: 'decimal', description: 'Recetas surtidas completas entre recetas emitidas, por cien.' },
  { name: 'claves_en_desabasto', type: 'entero', description: 'Medicamentos (claves del compendio) sin existencia al cierre del mes.' },
];

function dengue(months: string[], seed: number): Row[] {
  const rnd = prng(seed);
  const season = [0.2, 0.15, 0.1, 0.1, 0.2, 0.5, 1.2, 2.1, 2.6, 1.9, 1.0, 0.5];
  return months.flatMap((month) =>
    MUNICIPIOS.map((m, i) => {
      const month0 = Number(month.slice(5)) - 1;
      const warm = i >= 8 ? 2.4 : 1;
      const probables = Math.round((m.poblacion / 20_000) * season[month0]! * warm * (0.6 + rnd()));
      const confirmados = Math.round(probables * (0.25 + rnd() * 0.2));
      return {
        mes: month,
        municipio_clave: m.clave,
        municipio: m.nombre,
        casos_probables: probables,
        casos_confirmados: confirmados,
        casos_graves: Math.round(confirmados * (0.05 + rnd() * 0.1)),
        defunciones: rnd() < 0.04 * season[month0]! ? 1 : 0,
      };
    }),
  );
}

const DENGUE_FIELDS: Field[] = [
  { name: 'mes', type: 'texto', description: 'Mes de inicio de síntomas (AAAA-MM).' },
  { name: 'municipio_clave', type: 'texto', description: 'Clave del municipio de residencia (5 dígitos).' },
  { name: 'municipio', type: 'texto', description: 'Nombre del municipio de residencia.' },
  { name: 'casos_probables', type: 'entero', description: 'Personas con síntomas de dengue notificadas en el mes.' },
  { name: 'casos_confirmados', type: 'entero', description: 'Casos probables confirmados por laboratorio.' },
  { name: 'casos_graves', type: 'entero', description: 'Casos confirmados con signos de alarma o dengue grave.' },
  { name: 'defunciones', type: 'entero', description: 'Muertes por dengue confirmadas.' },
];

function espera(): Row[] {
  const rnd = prng(909);
  const especialidades = ['Ginecología', 'Pediatría', 'Medicina interna', 'Traumatología', 'Oftalmología', 'Cardiología'];
  return MONTHS_2026.flatMap((month) =>
    HOSPITALES.slice(0, 5).flatMap((h) =>
      especialidades
        .filter((_, k) => (h.clave.startsWith('HM') ? k < 2 : h.clave.startsWith('HI') ? k === 1 || k === 3 : true))
        .map((esp) => ({
          mes: month,
          clave_hospital: h.clave,
          hospital: h.nombre,
          especialidad: esp,
          citas_otorgadas: Math.round(120 + rnd() * 380),
          dias_promedio_espera: Math.round(6 + rnd() * (esp === 'Oftalmología' ? 70 : 35)),
        })),
    ),
  );
}

const ESPERA_FIELDS: Field[] = [
  { name: 'mes', type: 'texto', description: 'Mes en que se dio la cita (AAAA-MM).' },
  { name: 'clave_hospital', type: 'texto', description: 'Clave del hospital.' },
  { name: 'hospital', type: 'texto', description: 'Nombre del hospital.' },
  { name: 'especialidad', type: 'texto', description: 'Especialidad médica.' },
  { name: 'citas_otorgadas', type: 'entero', description: 'Citas de primera vez que se dieron en el mes.' },
  { name: 'dias_promedio_espera', type: 'entero', description: 'Días promedio entre la solicitud de la cita y la consulta.' },
];

/** Every dataset file of the portal. */
export function datasets(): Dataset[] {
  return [
    { file: 'agua/datos/tarifas-2026', title: 'Tarifas de agua potable 2026', updated: '2026-01-15', fields: TARIFAS_FIELDS, rows: tarifas(2026, 1.042), json: true, dictionary: 'agua/datos/tarifas-diccionario' },
    { file: 'agua/datos/tarifas-2025', title: 'Tarifas de agua potable 2025', updated: '2025-01-14', fields: TARIFAS_FIELDS, rows: tarifas(2025, 1), json: false, legacyExport: true },
    { file: 'agua/datos/calidad-agua-2026', title: 'Calidad del agua por municipio, 2026', updated: '2026-11-06', fields: CALIDAD_FIELDS, rows: calidad(MONTHS_2026, 33), json: true, dictionary: 'agua/datos/calidad-agua-diccionario' },
    { file: 'agua/datos/calidad-agua-2025', title: 'Calidad del agua por municipio, 2025', updated: '2026-01-08', fields: CALIDAD_FIELDS, rows: calidad(MONTHS_2025, 25), json: false },
    { file: 'agua/datos/cortes-programados', title: 'Cortes y bajas de presión programados, noviembre de 2026', updated: '2026-11-23', fields: CORTES_FIELDS, rows: cortes(), json: true, dictionary: 'agua/datos/cortes-diccionario' },
    { file: 'agua/datos/pipas-2026', title: 'Pipas de agua solicitadas y entregadas, 2026', updated: '2026-11-04', fields: PIPAS_FIELDS, rows: pipas(), json: true, dictionary: 'agua/datos/pipas-diccionario' },
    { file: 'salud/datos/modulos-vacunacion', title: 'Módulos de vacunación', updated: '2026-11-03', fields: MODULOS_FIELDS, rows: modulos(), json: true, dictionary: 'salud/datos/vacunacion-diccionario' },
    { file: 'salud/datos/abasto-medicamentos-2026', title: 'Surtimiento de recetas por hospital, 2026', updated: '2026-11-10', fields: ABASTO_FIELDS, rows: abasto(MONTHS_2026, 61), json: true, dictionary: 'salud/datos/abasto-diccionario' },
    { file: 'salud/datos/abasto-medicamentos-2025', title: 'Surtimiento de recetas por hospital, 2025', updated: '2026-01-12', fields: ABASTO_FIELDS, rows: abasto(MONTHS_2025, 52), json: false },
    { file: 'salud/datos/dengue-2026', title: 'Casos de dengue por municipio y mes, 2026', updated: '2026-11-09', fields: DENGUE_FIELDS, rows: dengue(MONTHS_2026, 8), json: true, dictionary: 'salud/datos/dengue-diccionario' },
    { file: 'salud/datos/dengue-2025', title: 'Casos de dengue por municipio y mes, 2025', updated: '2026-01-15', fields: DENGUE_FIELDS, rows: dengue(MONTHS_2025, 7), json: false },
    { file: 'salud/datos/espera-consulta-2026', title: 'Días de espera para consulta de especialidad, 2026', updated: '2026-11-12', fields: ESPERA_FIELDS, rows: espera(), json: true, dictionary: 'salud/datos/espera-diccionario' },
  ];
}
