import { defineSignal } from '../context.js';
import type { LocalizedText } from '../schemas/index.js';
import { completenessSignal } from './completeness.js';
import { dataTablesSignal } from './data-tables.js';
import { clip } from './dom.js';
import { linksSignal } from './links.js';
import { countWords } from './spanish-text.js';
import { textBlocksSignal, type TextBlock } from './text-blocks.js';

/**
 * Compliance-only page patterns: a page that meets the letter of an obligation and publishes
 * nothing a person can use without more work. Each comes with what it is and what to do.
 */
export type CompliancePatternId = 'law-transcription' | 'fracciones-index' | 'file-listing' | 'statements-list' | 'no-information';

export interface CompliancePattern {
  id: CompliancePatternId;
  snippet: string;
  element?: Element;
  /** What was found, in words a sujeto obligado can act on. */
  detail: LocalizedText;
}

export interface ComplianceInfo {
  patterns: CompliancePattern[];
  /** Words of the page's own content (site chrome and link texts left out). */
  ownWords: number;
  /** Document links (PDF, Word, images, archives) and data links in the page's content. */
  documentLinks: number;
  dataLinks: number;
  /** Tables of data in the page's own content (core/signals/data-tables.ts). */
  dataTables: number;
}

const ARTICLE_HEADING = /^(?:art[íi]culo|art\.)\s*\d+|^cap[íi]tulo\s+[ivxl\d]+|^t[íi]tulo\s+(?:primero|segundo|tercero|[ivxl\d]+)/iu;
const FRACCION = /^(?:fracci[óo]n\s+)?[ivxl]{1,7}\s*[.\-–—):]\s*\S|^fracci[óo]n\s+[ivxl]{1,7}(?!\p{L})/iu;
/** A short label naming a fracción anywhere ("ARTÍCULO 63 – FRACCIÓN I"). */
const FRACCION_LABEL = /(?<!\p{L})fracci[óo]n\s+[ivxl]{1,7}(?!\p{L})/iu;
const FRACCION_LABEL_WORDS = 20;
/** A roman numeral standing alone (a heading "IV" over the fracción's text in the next block). */
const BARE_NUMERAL = /^[ivxl]{1,7}\.?$/iu;
/** The law's smaller units: incisos ("a) Los acuerdos…") and numerales. */
const INCISO = /^(?:inciso\s+)?[a-z]\)\s+\p{L}|^numeral\s+\d+/iu;
const LAW_NAME = /ley\s+general\s+de\s+transparencia|lgtaip|art[íi]culo\s+70|art\.\s*70|ley\s+de\s+transparencia\s+y\s+acceso|obligaciones\s+(?:comunes\s+)?de\s+transparencia/iu;
const NO_INFORMATION = /no\s+(?:se\s+)?(?:gener[óo]|ha\s+generado|existe|hay|se\s+cuenta\s+con|cuenta\s+con|se\s+tiene)\s+(?:informaci[óo]n|datos|registros)|sin\s+informaci[óo]n(?:\s+que\s+(?:reportar|publicar))?|informaci[óo]n\s+no\s+disponible|en\s+construcci[óo]n|pr[óo]ximamente/iu;
const STATEMENTS = /estados?\s+(?:financieros?|anal[íi]ticos?|de\s+situaci[óo]n|de\s+actividades|de\s+flujos?|de\s+variaci[óo]n|presupuestari)|cuenta\s+p[úu]blica|avance\s+(?:de\s+gesti[óo]n|presupuestal|financiero)|balanza\s+de\s+comprobaci[óo]n|informe\s+(?:trimestral|financiero)|(?:primer|segundo|tercer|cuarto)\s+trimestre|(?:1er|2do|3er|4to)\.?\s+trimestre|conac|disciplina\s+financiera|deuda\s+p[úu]blica/iu;
const DIRECTORY_LISTING = /^index\s+of\s+\//i;

/** Own words from which a page explains its information in text (readability's threshold, design §2). */
export const EXPLAINS_WORDS = 100;
/** Below this many own words a page has next to no content of its own. */
export const SOME_OWN_WORDS = 40;

/** A page of links with less of its own text than this (per document linked, with a base) is a bare list. */
const OWN_WORDS_BASE = 60;
const OWN_WORDS_PER_DOCUMENT = 4;
const MIN_DOCUMENTS_FOR_LIST = 4;
const MIN_FRACCIONES = 6;
/** A transcription is long legal text: its articles and fracciones make most of the page's words. */
const MIN_TRANSCRIPTION_WORDS = 150;
const LEGAL_SHARE = 0.5;

function detailFor(id: CompliancePatternId, n: number): LocalizedText {
  switch (id) {
    case 'law-transcription':
      return {
        es: `La página transcribe la ley (${n} artículos o capítulos) en lugar de explicar qué información ofrece y para qué sirve. Publique la información misma, en lenguaje ciudadano, y cite la ley sólo como fundamento.`,
        en: `The page transcribes the law (${n} articles or chapters) instead of explaining what information it offers and what for. Publish the information itself, in plain language, and cite the law only as its basis.`,
      };
    case 'fracciones-index':
      return {
        es: `La página sólo enumera las fracciones de un artículo (${n}) que remiten a otros documentos o plataformas. Agregue, para los temas que más se consultan, la información explicada y los datos en formatos abiertos.`,
        en: `The page only lists the fracciones of an article (${n}) pointing to other documents or platforms. For the most requested topics, add the information explained and the data in open formats.`,
      };
    case 'file-listing':
      return {
        es: `La página es una lista de ${n} documentos sin explicación: no dice qué contienen, para qué sirven, de qué periodo son ni ofrece los datos en formatos abiertos. Agregue un resumen, fechas, el área responsable y los datos en CSV o XLSX.`,
        en: `The page is a list of ${n} documents with no explanation: it does not say what they hold, what they are for or which period they cover, nor does it offer the data in open formats. Add a summary, dates, the responsible office and the data as CSV or XLSX.`,
      };
    case 'statements-list':
      return {
        es: `La página sólo enlaza ${n} estados financieros o informes trimestrales en documentos. Publique las cifras en datos abiertos (CSV o XLSX) con una explicación ciudadana (p. ej. un presupuesto ciudadano) y la serie completa.`,
        en: `The page only links ${n} financial statements or quarterly reports as documents. Publish the figures as open data (CSV or XLSX) with a plain explanation (e.g. a citizens' budget) and the whole series.`,
      };
    case 'no-information':
      return {
        es: 'El único contenido de la página dice que no hay información o que está en construcción. Publique la información o, si en el periodo no se generó, explique por qué, desde cuándo y cuándo habrá.',
        en: 'The page\'s only content says there is no information or that it is under construction. Publish the information or, if none was generated in the period, explain why, since when, and when there will be.',
      };
  }
}

/**
 * Words of the page's own content: each distinct text block once (a skeleton of the same
 * "1er. Trimestre" labels repeated is not content), less the words of its links.
 */
function ownWordCount(blocks: readonly TextBlock[]): number {
  let words = 0;
  for (const b of blocks) {
    let linkWords = 0;
    for (const a of Array.from(b.element.querySelectorAll('a')).slice(0, 50)) linkWords += countWords(a.textContent ?? '');
    words += Math.max(0, countWords(b.text) - linkWords);
  }
  return words;
}

/** The page's own text blocks (not chrome), each distinct text once, in document order. */
function distinctOwnBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const seen = new Set<string>();
  return blocks.filter((b) => {
    if (b.chrome || seen.has(b.text)) return false;
    seen.add(b.text);
    return true;
  });
}

/** Detects compliance-only patterns in the page's own content (site chrome is left out). */
export const complianceSignal = defineSignal<ComplianceInfo>('compliance', (ctx) => {
  const { blocks } = ctx.use(textBlocksSignal);
  const { downloads } = ctx.use(linksSignal);
  const own = distinctOwnBlocks(blocks);
  const ownWords = ownWordCount(own);
  const documents = downloads.filter((d) => !d.guess.format.machineReadable);
  const data = downloads.filter((d) => d.guess.format.machineReadable);
  const patterns: CompliancePattern[] = [];
  const add = (id: CompliancePatternId, n: number, snippet: string, element?: Element) =>
    patterns.push({ id, snippet: clip(snippet, 200), ...(element ? { element } : {}), detail: detailFor(id, n) });

  const pageText = own.map((b) => b.text).join(' ');
  const mentionsLaw = LAW_NAME.test(pageText) || LAW_NAME.test(ctx.doc.title ?? '');

  // The law's own text: article and chapter headings and the numbered fracciones under them.
  const articles = own.filter((b) => ARTICLE_HEADING.test(b.text));
  const fracciones = own.filter((b) => FRACCION.test(b.text) || (FRACCION_LABEL.test(b.text) && countWords(b.text) <= FRACCION_LABEL_WORDS));
  // A numeral alone names the fracción whose text is the next block.
  const numbered = new Map<TextBlock, TextBlock>();
  own.forEach((b, i) => {
    const next = own[i + 1];
    if (BARE_NUMERAL.test(b.text.trim()) && next && !BARE_NUMERAL.test(next.text.trim())) {
      fracciones.push(b);
      numbered.set(b, next);
    }
  });
  const fraccionText = (b: TextBlock) => (numbered.has(b) ? `${b.text.trim()}. ${numbered.get(b)!.text}` : b.text);
  const incisos = own.filter((b) => INCISO.test(b.text));
  const legalWords = [...new Set([...articles, ...fracciones, ...numbered.values(), ...incisos])].reduce((sum, b) => sum + countWords(b.text), 0);
  if (articles.length >= 1 && ownWords >= MIN_TRANSCRIPTION_WORDS && legalWords >= ownWords * LEGAL_SHARE) {
    add('law-transcription', articles.length + fracciones.length + incisos.length, articles[0]!.text, articles[0]!.element);
  } else if (fracciones.length >= MIN_FRACCIONES && (mentionsLaw || fracciones.length >= MIN_FRACCIONES * 2)) {
    // Even with a SIPOT-format spreadsheet per fracción, an index of fracciones is the legal minimum.
    add('fracciones-index', fracciones.length, fracciones.slice(0, 3).map((b) => clip(fraccionText(b), 60)).join(' · '), fracciones[0]!.element);
  }

  const heading = ctx.doc.querySelector('h1')?.textContent ?? ctx.doc.title ?? '';
  const directory = DIRECTORY_LISTING.test(heading.trim()) || DIRECTORY_LISTING.test((ctx.doc.title ?? '').trim());
  // Photos linked from a gallery are not documents; a page that explains itself in EXPLAINS_WORDS is no bare list.
  const listed = documents.filter((d) => d.guess.format.id !== 'image');
  const bareList =
    listed.length >= MIN_DOCUMENTS_FOR_LIST && !data.length && ownWords < Math.min(EXPLAINS_WORDS, OWN_WORDS_BASE + OWN_WORDS_PER_DOCUMENT * listed.length);
  if (directory || bareList) {
    const statements = listed.filter((d) => STATEMENTS.test(`${d.text} ${readablePath(d.url)}`));
    const first = listed[0];
    if (statements.length >= Math.max(2, listed.length / 2)) add('statements-list', statements.length, statements.slice(0, 3).map((d) => d.text || d.url).join(' · '), statements[0]!.element);
    else add('file-listing', listed.length || ctx.use(linksSignal).links.length, first ? first.text || first.url : heading, first?.element);
  }

  const { placeholders } = ctx.use(completenessSignal);
  const noInfo = own.find((b) => NO_INFORMATION.test(b.text));
  if ((noInfo || placeholders.length) && ownWords < OWN_WORDS_BASE * 2 && !data.length && documents.length <= 1) {
    const hit = noInfo ?? { text: placeholders[0]!.snippet, element: placeholders[0]!.element };
    add('no-information', 1, hit.text, hit.element);
  }
  return { patterns, ownWords, documentLinks: documents.length, dataLinks: data.length, dataTables: ctx.use(dataTablesSignal).tables.length };
});

/** A link's path as a person reads it ("estado%20financiero" → "estado financiero"), never throwing. */
function readablePath(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname).replace(/[_-]+/g, ' ');
  } catch {
    return url;
  }
}
