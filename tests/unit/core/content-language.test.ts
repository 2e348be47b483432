import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../core/signals/content-language.js';

const SPANISH = 'Las tarifas de este año se aprobaron en la Ley de Ingresos del municipio y se aplican desde el 1 de enero. El cobro depende de los metros cúbicos que consume cada toma y del tipo de uso. Si tiene dudas sobre el cobro, acuda a la oficina del organismo con su número de cuenta.';
const ENGLISH = 'The rates for this year were approved in the revenue law and apply from the first of January. The charge depends on the cubic metres that each connection uses and on the kind of use, for this is the rule of the utility.';

describe('detectLanguage', () => {
  it('names Spanish text by its function words', () => {
    const info = detectLanguage(SPANISH);
    expect(info.language).toBe('es');
    expect(info.counts.es).toBeGreaterThanOrEqual(20);
  });

  it('names English text by its function words', () => {
    expect(detectLanguage(ENGLISH).language).toBe('en');
  });

  it('names no language for a short text', () => {
    expect(detectLanguage('Datos del presupuesto 2026.').language).toBeNull();
  });

  it('names no language for a text that mixes both', () => {
    expect(detectLanguage(`${SPANISH} ${ENGLISH}`).language).toBeNull();
  });

  it('is not fooled by English loanwords in Spanish prose', () => {
    expect(detectLanguage(`${SPANISH} Descargue el dataset en formato CSV desde el portal open data o consulte la API.`).language).toBe('es');
  });
});
