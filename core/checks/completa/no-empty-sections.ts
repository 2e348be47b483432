import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { completenessSignal } from '../../signals/completeness.js';
import { countWords } from '../../signals/spanish-text.js';
import { textBlocksSignal } from '../../signals/text-blocks.js';
import { valueEvidence } from '../../signals/dom.js';

/** Below this many words of visible text the page itself is empty. */
const EMPTY_PAGE_WORDS = 20;

export const noEmptySections = defineCheck(
  {
    id: 'no-empty-sections',
    criterion: 'completa',
    mode: 'auto',
    weight: 1,
    title: { es: 'No tiene secciones vacías ni "en construcción"', en: 'Has no empty or "under construction" sections' },
    failureTitle: { es: 'Tiene secciones vacías o "en construcción"', en: 'Has empty or "under construction" sections' },
    description: {
      es: 'La página no anuncia contenido pendiente ("en construcción", "próximamente", "información no disponible") ni tiene encabezados o tablas sin contenido.',
      en: 'The page announces no pending content ("en construcción", "próximamente", "información no disponible") and has no empty headings or tables.',
    },
    help: {
      es: 'Publique el contenido pendiente o retire la sección hasta tenerlo; si en un periodo no hubo información, dígalo con una nota que lo explique.',
      en: 'Publish the pending content or remove the section until it exists; if a period had no information, say so with an explanatory note.',
    },
    recommendation: {
      what: { es: 'Completar o retirar las secciones vacías o "en construcción".', en: 'Complete or remove empty or "under construction" sections.' },
      why: {
        es: 'Las secciones vacías prometen información que no existe y hacen dudar del resto de la página.',
        en: 'Empty sections promise information that does not exist and cast doubt on the rest of the page.',
      },
      rule: { es: 'LGTAIP 2015, art. 13 (información integral); Lineamientos Técnicos Generales: "Nota"', en: 'LGTAIP 2015, art. 13 (complete information); Lineamientos Técnicos Generales: "Nota" (note)' },
    },
  },
  (ctx) => {
    const { placeholders, emptySections, emptyTables } = ctx.use(completenessSignal);
    const evidence = [
      ...placeholders.slice(0, 3).map((p) => hitEvidence(p.snippet, p.element, { es: 'Contenido pendiente', en: 'Pending content' })),
      ...emptySections.slice(0, 3).map((p) => hitEvidence(p.snippet, p.element, { es: 'Sección vacía', en: 'Empty section' })),
      ...emptyTables.slice(0, 3).map((p) => hitEvidence(p.snippet, p.element, { es: 'Tabla vacía', en: 'Empty table' })),
    ];
    if (placeholders.length) return fail(evidence);
    const words = ctx.use(textBlocksSignal).blocks.reduce((sum, b) => sum + countWords(b.text), 0);
    if (words < EMPTY_PAGE_WORDS) {
      return fail([valueEvidence(words, { es: 'Palabras en la página', en: 'Words on the page' })], {
        es: 'La página casi no tiene contenido.',
        en: 'The page has almost no content.',
      });
    }
    const empties = emptySections.length + emptyTables.length;
    if (empties === 1) return partial(evidence, undefined, 0.5);
    if (empties > 1) return fail(evidence);
    return pass();
  },
);
