import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { feedbackSignal } from '../../signals/feedback.js';

export const usageFigures = defineCheck(
  {
    id: 'usage-figures',
    criterion: 'retroalimentacion',
    mode: 'auto',
    title: { es: 'Publica cifras de uso o casos de reutilización', en: 'Publishes usage figures or reuse cases' },
    failureTitle: { es: 'No publica cifras de uso ni casos de reutilización', en: 'Publishes no usage figures or reuse cases' },
    description: {
      es: 'La página informa cuántas veces se consultó o descargó la información, o muestra quién la reutiliza («Casos de uso»).',
      en: 'The page reports how often the information was viewed or downloaded, or shows who reuses it ("Use cases").',
    },
    help: {
      es: 'Muestre el número de descargas y enlace a aplicaciones, notas o estudios que usan los datos.',
      en: 'Show the number of downloads and link to apps, articles or studies that use the data.',
    },
  },
  (ctx) => {
    const { figures, reuseSections } = ctx.use(feedbackSignal);
    if (figures.length) return pass(figures.slice(0, 3).map((f) => hitEvidence(f.snippet, f.element, { es: `Cifra de uso: ${f.figure}`, en: `Usage figure: ${f.figure}` })));
    if (reuseSections.length) {
      return partial(reuseSections.slice(0, 2).map((r) => hitEvidence(r.snippet, r.element, { es: 'Reutilización', en: 'Reuse' })), {
        es: 'Menciona la reutilización, pero sin cifras.',
        en: 'It mentions reuse, but without figures.',
      }, 0.6);
    }
    return fail();
  },
);
