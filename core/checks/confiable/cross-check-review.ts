import { defineCheck, needsReview } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { responsibleSignal } from '../../signals/responsible.js';
import { sourceSignal } from '../../signals/source.js';

export const crossCheckReview = defineCheck(
  {
    id: 'cross-check-review',
    criterion: 'confiable',
    mode: 'review',
    title: { es: 'Concuerda con otras fuentes oficiales', en: 'Agrees with other official sources' },
    failureTitle: { es: 'No concuerda con otras fuentes oficiales', en: 'Disagrees with other official sources' },
    description: {
      es: 'La persona auditora contrasta algunas cifras con otra fuente oficial (informes, datos abiertos, Plataforma Nacional de Transparencia).',
      en: 'The auditor compares some figures with another official source (reports, open data, the Plataforma Nacional de Transparencia).',
    },
    help: {
      es: 'Elija dos o tres cifras clave y búsquelas en otra publicación oficial del mismo periodo.',
      en: 'Pick two or three key figures and look them up in another official publication for the same period.',
    },
    question: { es: '¿Los datos concuerdan con otras fuentes oficiales?', en: 'Does the data agree with other official sources?' },
    guidance: {
      es: '"Sí" si las cifras coinciden; "Parcial" si hay diferencias menores explicadas (cortes, revisiones); "No" si hay diferencias sin explicar. Anote las fuentes consultadas.',
      en: '"Yes" if figures match; "Partial" for small explained differences (cut-off dates, revisions); "No" for unexplained differences. Note the sources consulted.',
    },
  },
  (ctx) => {
    const { sources, methodology } = ctx.use(sourceSignal);
    const { areas } = ctx.use(responsibleSignal);
    return needsReview([
      ...sources.slice(0, 2).map((s) => hitEvidence(s.text, s.element, { es: 'Fuente declarada', en: 'Declared source' })),
      ...methodology.slice(0, 1).map((s) => hitEvidence(s.text, s.element, { es: 'Metodología', en: 'Methodology' })),
      ...areas.slice(0, 1).map((a) => hitEvidence(a.snippet, a.element, { es: 'Área responsable', en: 'Responsible office' })),
    ]);
  },
);
