import { describe, expect, it } from 'vitest';
import { catalogKeys, catalogMessage, translate } from '../../../extension/i18n/messages.js';

const placeholders = (text: string) => [...text.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('are complete in both languages, with the same placeholders', () => {
    const es = catalogKeys('es-MX');
    const en = catalogKeys('en');
    expect(en.sort()).toEqual(es.sort());
    for (const key of es) {
      const a = catalogMessage('es-MX', key)!;
      const b = catalogMessage('en', key)!;
      expect(a.trim(), key).not.toBe('');
      expect(b.trim(), key).not.toBe('');
      expect(placeholders(a), key).toEqual(placeholders(b));
      // chrome.i18n: names are [A-Za-z0-9_@] and "$word$" would need a placeholders block.
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(a).not.toMatch(/\$[A-Za-z_]+\$/);
    }
  });

  it('substitutes $1…$n and keeps Mexican Spanish as the default', () => {
    expect(translate('es-MX', 'auditDone', 120)).toBe('Auditoría lista en 120 ms.');
    expect(translate('en', 'auditDone', 120)).toBe('Audit ready in 120 ms.');
    expect(translate('es-MX', 'runAudit')).toBe('Auditar esta página');
  });
});
