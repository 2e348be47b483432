import { describe, expect, it } from 'vitest';
import { normalizePageUrl, PageUrl, WebOrigin } from '../../../core/schemas/index.js';

describe('normalizePageUrl', () => {
  it.each([
    ['https://agua.example.gob.mx/datos/tarifas', 'https://agua.example.gob.mx/datos/tarifas'],
    ['HTTPS://Agua.EXAMPLE.gob.mx/Datos/Tarifas', 'https://agua.example.gob.mx/Datos/Tarifas'],
    ['https://agua.example.gob.mx/datos/tarifas/', 'https://agua.example.gob.mx/datos/tarifas'],
    ['https://agua.example.gob.mx/datos/tarifas//', 'https://agua.example.gob.mx/datos/tarifas'],
    ['https://agua.example.gob.mx/datos?curp=X&utm=1#tabla', 'https://agua.example.gob.mx/datos'],
    ['https://agua.example.gob.mx', 'https://agua.example.gob.mx/'],
    ['https://agua.example.gob.mx/?q=1', 'https://agua.example.gob.mx/'],
    ['https://agua.example.gob.mx:443/a', 'https://agua.example.gob.mx/a'],
    ['http://agua.example.gob.mx:8080/a', 'http://agua.example.gob.mx:8080/a'],
    ['https://ana:secreto@agua.example.gob.mx/a', 'https://agua.example.gob.mx/a'],
    ['  https://agua.example.gob.mx/a  ', 'https://agua.example.gob.mx/a'],
    ['https://agua.example.gob.mx/año/índice', 'https://agua.example.gob.mx/a%C3%B1o/%C3%ADndice'],
    ['https://XN--MXICO-BSA.gob.mx/a', 'https://xn--mxico-bsa.gob.mx/a'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePageUrl(input)).toBe(expected);
    expect(normalizePageUrl(expected)).toBe(expected); // idempotent
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.mx/a', '/relativa', 'no es url', '', 'mailto:a@b.mx'])(
    'refuses %s',
    (input) => {
      expect(normalizePageUrl(input)).toBeNull();
      expect(PageUrl.safeParse(input).success).toBe(false);
    },
  );
});

describe('WebOrigin', () => {
  it('accepts scheme://host[:port] and lower-cases it', () => {
    expect(WebOrigin.parse('HTTPS://Portal.gob.mx')).toBe('https://portal.gob.mx');
    expect(WebOrigin.parse('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(WebOrigin.parse('https://portal.gob.mx:443')).toBe('https://portal.gob.mx');
  });
  it.each(['https://portal.gob.mx/ruta', 'https://portal.gob.mx?x=1', 'https://a:b@portal.gob.mx', 'ftp://portal.gob.mx', '*', 'null'])('refuses %s', (input) => {
    expect(WebOrigin.safeParse(input).success).toBe(false);
  });
});
