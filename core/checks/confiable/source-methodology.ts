import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { sourceSignal } from '../../signals/source.js';

export const sourceMethodology = defineCheck(
  {
    id: 'source-methodology',
    criterion: 'confiable',
    mode: 'auto',
    title: { es: 'Indica la fuente y la metodología', en: 'States the source and the methodology' },
    failureTitle: { es: 'No indica fuente ni metodología', en: 'States neither source nor methodology' },
    description: {
      es: 'La página dice de dónde vienen los datos ("Fuente: …") y cómo se obtuvieron o calcularon (metodología o nota técnica).',
      en: 'The page says where the data come from ("Fuente: …") and how they were obtained or computed (methodology or technical note).',
    },
    help: {
      es: 'Agregue "Fuente: …" y un enlace a la nota metodológica o técnica.',
      en: 'Add "Fuente: …" and a link to the methodological or technical note.',
    },
  },
  (ctx) => {
    const { sources, methodology } = ctx.use(sourceSignal);
    const evidence = [
      ...sources.slice(0, 2).map((s) => hitEvidence(s.text, s.element, { es: 'Fuente', en: 'Source' })),
      ...methodology.slice(0, 2).map((s) => hitEvidence(s.text, s.element, { es: 'Metodología', en: 'Methodology' })),
    ];
    if (sources.length && methodology.length) return pass(evidence);
    if (sources.length || methodology.length) {
      return partial(evidence, {
        es: sources.length ? 'Indica la fuente, pero no la metodología.' : 'Indica la metodología, pero no la fuente.',
        en: sources.length ? 'States the source but not the methodology.' : 'States the methodology but not the source.',
      });
    }
    return fail([], { es: 'No se encontró fuente ni metodología.', en: 'Neither source nor methodology was found.' });
  },
);
