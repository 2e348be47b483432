import { defineCheck, fail, partial, pass, unmeasured } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { completenessSignal } from '../../signals/completeness.js';
import { documentSlotsSignal } from '../../signals/document-slots.js';
import { countWords } from '../../signals/spanish-text.js';
import { textBlocksSignal } from '../../signals/text-blocks.js';
import { valueEvidence } from '../../signals/dom.js';

/** Below this many words of its own (site chrome left out) the page itself is empty. */
const EMPTY_PAGE_WORDS = 20;
/** From this many file icons without a link, and more of them than with one, most documents are missing. */
const MOSTLY_MISSING_SLOTS = 2;

export const noEmptySections = defineCheck(
  {
    id: 'no-empty-sections',
    criterion: 'completa',
    mode: 'auto',
    title: { es: 'No tiene secciones vacías ni "en construcción"', en: 'Has no empty or "under construction" sections' },
    failureTitle: { es: 'Tiene secciones vacías o "en construcción"', en: 'Has empty or "under construction" sections' },
    description: {
      es: 'La página no anuncia contenido pendiente ("en construcción", "próximamente", "información no disponible") ni tiene encabezados o tablas sin contenido, ni íconos de archivo que no llevan al archivo (sin enlace, o con un enlace a «#»).',
      en: 'The page announces no pending content ("en construcción", "próximamente", "información no disponible") and has no empty headings or tables, nor file icons that lead to no file (no link, or a link to "#").',
    },
    help: {
      es: 'Publique el contenido pendiente o retire la sección hasta tenerlo; si en un periodo no hubo información, dígalo con una nota que lo explique. No muestre íconos de archivos sin el archivo, ni casillas para periodos que aún no ocurren.',
      en: 'Publish the pending content or remove the section until it exists; if a period had no information, say so with an explanatory note. Do not show file icons without the file, nor cells for periods still to come.',
    },
  },
  (ctx) => {
    const { placeholders, emptySections, emptyTables, scriptTables } = ctx.use(completenessSignal);
    const slots = ctx.use(documentSlotsSignal);
    const scripted = scriptTables.slice(0, 3).map((p) =>
      hitEvidence(p.snippet, p.element, { es: 'Tabla que se llena con JavaScript (vacía en el HTML servido)', en: 'Table filled by JavaScript (empty in the served HTML)' }),
    );
    const evidence = [
      ...placeholders.slice(0, 3).map((p) => hitEvidence(p.snippet, p.element, { es: 'Contenido pendiente', en: 'Pending content' })),
      ...emptySections.slice(0, 3).map((p) => hitEvidence(p.snippet, p.element, { es: 'Sección vacía', en: 'Empty section' })),
      ...emptyTables.slice(0, 3).map((p) => hitEvidence(p.snippet, p.element, { es: 'Tabla vacía', en: 'Empty table' })),
      ...slots.missing.slice(0, 3).map((p) => hitEvidence(p.snippet, p.element, { es: 'Ícono de archivo que no lleva al archivo', en: 'File icon that leads to no file' })),
      ...scripted,
    ];
    const scriptNote = scriptTables.length
      ? {
          es: ` ${scriptTables.length} tabla(s) se llenan con JavaScript: el HTML servido no las contiene, así que no se juzgaron; evalúe la página en el navegador (extensión) y publique los datos también como descarga.`,
          en: ` ${scriptTables.length} table(s) are filled by JavaScript: the served HTML does not hold them, so they were not judged; audit the page in the browser (extension) and publish the data as a download too.`,
        }
      : { es: '', en: '' };
    const withNote = (es: string, en: string) => ({ es: `${es}${scriptNote.es}`.trim(), en: `${en}${scriptNote.en}`.trim() });
    if (placeholders.length) return fail(evidence, withNote('La página anuncia contenido pendiente.', 'The page announces pending content.'));
    // The site's header, menus and footer are not the page's content.
    const words = ctx.use(textBlocksSignal).blocks.reduce((sum, b) => (b.chrome ? sum : sum + countWords(b.text)), 0);
    if (words < EMPTY_PAGE_WORDS) {
      return fail([valueEvidence(words, { es: 'Palabras en la página', en: 'Words on the page' }), ...scripted], withNote('La página casi no tiene contenido.', 'The page has almost no content.'));
    }
    if (slots.unlinked >= MOSTLY_MISSING_SLOTS && slots.unlinked > slots.linked) {
      return fail(
        [valueEvidence(`${slots.unlinked} / ${slots.linked + slots.unlinked}`, { es: 'Íconos de archivo sin documento', en: 'File icons without a document' }), ...evidence],
        withNote(
          `${slots.unlinked} de ${slots.linked + slots.unlinked} íconos de archivo no llevan a ningún archivo (sin enlace, o con un enlace a «#»): faltan la mayoría de los documentos que la página anuncia.`,
          `${slots.unlinked} of ${slots.linked + slots.unlinked} file icons lead to no file (no link, or a link to "#"): most documents the page announces are missing.`,
        ),
      );
    }
    // A few icons without their document count as one empty section.
    const empties = emptySections.length + emptyTables.length + (slots.unlinked ? 1 : 0);
    if (empties === 1) return partial(evidence, scriptTables.length ? withNote('', '') : undefined, 0.5);
    if (empties > 1) return fail(evidence, scriptTables.length ? withNote('', '') : undefined);
    if (scriptTables.length) return unmeasured(withNote('', ''), evidence);
    return pass();
  },
);
