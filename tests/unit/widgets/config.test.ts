import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../widgets/feedback/config.js';

const HERE = 'https://agua.example.gob.mx/datos/tarifas?utm_source=x&curp=GODE561231HDFRRN09#tabla';
const good = {
  site: 'agua-estado',
  endpoint: 'https://colector.garante.gob.mx',
  siteKey: 'pk_0123456789abcdef',
  privacyUrl: '/aviso-de-privacidad',
  page: null,
};

describe('readConfig', () => {
  it('reads a valid configuration; the page is this address without query or fragment', () => {
    expect(readConfig(good, HERE)).toEqual({
      ok: true,
      config: {
        site: 'agua-estado',
        endpoint: 'https://colector.garante.gob.mx/',
        siteKey: 'pk_0123456789abcdef',
        privacyUrl: 'https://agua.example.gob.mx/aviso-de-privacidad',
        page: 'https://agua.example.gob.mx/datos/tarifas',
      },
    });
  });

  it('takes the page attribute, also stripped of query and fragment', () => {
    const result = readConfig({ ...good, page: 'https://agua.example.gob.mx/otra?x=1#y' }, HERE);
    expect(result.ok && result.config.page).toBe('https://agua.example.gob.mx/otra');
  });

  it('refuses to show a form without an aviso de privacidad, and says why', () => {
    for (const privacyUrl of [null, '', '   ', 'javascript:alert(1)', 'mailto:x@y.mx']) {
      const result = readConfig({ ...good, privacyUrl }, HERE);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.missingPrivacy).toBe(true);
        expect(result.problems.map((p) => p.attribute)).toEqual(['privacy-url']);
      }
    }
  });

  it('names every attribute at fault', () => {
    const result = readConfig({ site: 'Agua Estado', endpoint: 'ftp://x', siteKey: '', privacyUrl: '/aviso', page: 'file:///etc' }, HERE);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.missingPrivacy).toBe(false);
      expect(result.problems.map((p) => p.attribute)).toEqual(['site', 'endpoint', 'site-key', 'page']);
    }
  });
});
