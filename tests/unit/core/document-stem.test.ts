import { describe, expect, it } from 'vitest';
import { documentStem } from '../../../core/signals/completeness.js';

describe('documentStem', () => {
  it('gives one document published for several periods one stem', () => {
    const stems = [
      documentStem('Cuenta Pública 2019', '/docs/cp-2019.pdf'),
      documentStem('cuenta publica 2020', '/docs/cp-2020.pdf'),
      documentStem('Cuenta pública, ejercicio 2021', '/docs/cp-2021.pdf'),
      documentStem('Cuenta Pública — primer trimestre de 2022', '/docs/cp-1t-2022.pdf'),
    ];
    expect(new Set(stems)).toEqual(new Set(['cuenta publica']));
  });

  it('reads the file name when the link has no text', () => {
    expect(documentStem('', '/2021/estado-financiero-3er-trimestre-2021.xlsx?v=2')).toBe(documentStem('Estado financiero 4to trimestre 2020', '/x.pdf'));
  });

  it('keeps different documents apart', () => {
    expect(documentStem('Ley de Cultura, publicada en 2008', '/a.pdf')).not.toBe(documentStem('Reglamento Interior, reforma de 2014', '/b.pdf'));
  });
});
