import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { textEvidence } from '../../signals/dom.js';
import { purposeSignal } from '../../signals/purpose.js';

export const topicSummary = defineCheck(
  {
    id: 'topic-summary',
    criterion: 'pertinente',
    mode: 'auto',
    title: { es: 'Resume el tema al inicio', en: 'Summarises the topic at the top' },
    failureTitle: { es: 'No resume el tema al inicio', en: 'Does not summarise the topic at the top' },
    description: {
      es: 'Justo después del título hay un párrafo introductorio o un «Resumen» que dice de qué trata la información.',
      en: 'Right after the title there is an introductory paragraph or a "Summary" saying what the information is about.',
    },
    help: {
      es: 'Escriba bajo el título dos o tres oraciones: qué es, de qué periodo y qué muestra lo más importante.',
      en: 'Write two or three sentences under the title: what it is, which period, and the key finding.',
    },
  },
  (ctx) => {
    const { summary, metaDescription } = ctx.use(purposeSignal);
    if (summary) return pass([hitEvidence(summary.snippet, summary.element, { es: 'Resumen', en: 'Summary' })]);
    if (metaDescription) {
      return partial([textEvidence(metaDescription, { es: 'Descripción (meta)', en: 'Description (meta)' })], {
        es: 'Sólo los buscadores ven un resumen (meta description); la página no lo muestra.',
        en: 'Only search engines see a summary (meta description); the page does not show one.',
      }, 0.4);
    }
    return fail();
  },
);
