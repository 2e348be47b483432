import { defineSignal, type AuditContext } from '../context.js';
import { clip } from './dom.js';
import { datesSignal } from './dates.js';
import { jsonLdSignal, jsonLdTypes, type JsonLdNode } from './json-ld.js';
import { fileExtension } from './resource-health.js';
import { regionSignal } from './region.js';
import { textBlocksSignal } from './text-blocks.js';

export interface CompletenessHit {
  snippet: string;
  element?: Element;
}

export interface CompletenessInfo {
  /** "Diccionario de datos", "descripción de campos", JSON-LD variableMeasured… */
  dictionary: CompletenessHit[];
  /** Open-data metadata fields (design §2) present in a schema.org/DCAT Dataset, if the page has one. */
  dataset: { present: string[]; missing: string[] } | null;
  /** Links to data files (by extension). */
  dataLinks: { href: string; text: string; element: Element }[];
  /**
   * Distinct years of the page's series: years named by data links that repeat one document for
   * several years («Cuenta pública 2019», «Cuenta pública 2020»), and years in the headers of
   * data tables. Years in the titles of different documents (a list of laws) are no series.
   */
  linkYears: number[];
  /** "Versiones anteriores", "histórico", "ejercicios anteriores"… */
  archive: CompletenessHit[];
  /** Longest period covered, in days (from the dates signal). */
  longestPeriodDays: number;
  /** "En construcción", "próximamente", "información no disponible"… */
  placeholders: CompletenessHit[];
  /** Headings with nothing under them before the next heading of the same or higher rank. */
  emptySections: CompletenessHit[];
  /** Tables with no data cells, or only empty ones. */
  emptyTables: CompletenessHit[];
  /**
   * Tables with headers but no data in the served HTML on a page that runs scripts: filled by
   * JavaScript in a browser, so not judged empty (the report says the audit could not see them).
   */
  scriptTables: CompletenessHit[];
  /** The page runs scripts (JSON-LD and templates are data, not code). */
  runsScripts: boolean;
}

const DICTIONARY = /diccionario\s+de\s+(?:datos|variables)|descripci[óo]n\s+de\s+(?:los\s+)?(?:campos|variables|columnas)|cat[áa]logo\s+de\s+(?:campos|variables)|definici[óo]n\s+de\s+(?:los\s+)?(?:campos|variables)|libro\s+de\s+c[óo]digos|data\s+dictionary/iu;
const ARCHIVE = /versiones\s+anteriores|hist[óo]ric[oa]s?|a[ñn]os\s+anteriores|ejercicios\s+anteriores|periodos\s+anteriores|series?\s+(?:completas?|hist[óo]ricas?)|archivo\s+(?:hist[óo]rico|de\s+publicaciones)|ediciones\s+anteriores/iu;
const PLACEHOLDER = /en\s+construcci[óo]n|pr[óo]ximamente|(?:sitio|p[áa]gina|secci[óo]n)\s+en\s+mantenimiento|informaci[óo]n\s+no\s+disponible|(?:no\s+hay|sin)\s+(?:datos|informaci[óo]n)\s+disponibles?|lorem\s+ipsum|texto\s+de\s+ejemplo|por\s+definir|en\s+proceso\s+de\s+(?:carga|actualizaci[óo]n|integraci[óo]n)/iu;
const DATA_EXT = new Set(['csv', 'tsv', 'json', 'geojson', 'jsonld', 'xml', 'xls', 'xlsx', 'xlsm', 'ods', 'zip', 'kml', 'kmz', 'shp', 'gml', 'rdf', 'ttl', 'parquet', 'sav', 'dta', 'dbf', 'mdb', 'pdf']);
const EMPTY_CELL = /^(?:|-+|–|—|n\/?a|s\/?d|sin\s+datos|null|0?\.?)$/i;
const MEDIA = new Set(['img', 'picture', 'iframe', 'video', 'audio', 'canvas', 'svg', 'object', 'embed', 'table', 'form', 'input', 'button', 'select']);

/** Mandatory open-data metadata (design §2) and the JSON-LD/DCAT keys that carry each. */
const DATASET_FIELDS: [string, string[]][] = [
  ['identifier', ['identifier', 'dct:identifier', '@id']],
  ['title', ['name', 'title', 'dct:title']],
  ['description', ['description', 'dct:description']],
  ['modified', ['dateModified', 'modified', 'dct:modified']],
  ['contactPoint', ['contactPoint', 'dcat:contactPoint']],
  ['landingPage', ['url', 'landingPage', 'dcat:landingPage', 'mainEntityOfPage']],
  ['accrualPeriodicity', ['accrualPeriodicity', 'dct:accrualPeriodicity']],
  ['distribution', ['distribution', 'dcat:distribution']],
  ['license', ['license', 'dct:license']],
];
const MAX_HITS = 20;
const SCAN_CHARS = 80_000;
const MAX_TABLES = 100;
const MAX_CELLS = 2_000;
const YEAR = /(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)/g;
/** Words that name a period, not a document: removed to find what a link repeats year after year. */
const PERIOD_WORDS = /\b(?:ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:t(?:iembre)?)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|trimestr(?:e|al)|semestr(?:e|al)|bimestr(?:e|al)|mensual|anual|ejercicio|periodo|corte|al|del?|[a-z]{0,3}\d+[a-z]{0,3})\b/g;

/**
 * What a data link repeats across periods: its text (or file name) without years, period words,
 * numbers, accents and punctuation. «Cuenta Pública 2019.pdf» and «cuenta-publica-2020.xlsx» share
 * «cuenta publica».
 */
export function documentStem(text: string, href: string): string {
  const name = text.trim() || decodeURIComponentSafe(href.split(/[?#]/)[0]!.split('/').pop() ?? '').replace(/\.[a-z0-9]{2,5}$/i, '');
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(PERIOD_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The years a text names, or null when it names none. */
function yearsIn(text: string): number[] | null {
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[0]));
  return years.length ? years : null;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function datasetFields(nodes: readonly JsonLdNode[]): CompletenessInfo['dataset'] {
  const dataset = nodes.find((n) => jsonLdTypes(n).includes('dataset'));
  if (!dataset) return null;
  const present: string[] = [];
  const missing: string[] = [];
  for (const [field, keys] of DATASET_FIELDS) {
    const has = keys.some((k) => dataset[k] !== undefined && dataset[k] !== null && dataset[k] !== '');
    (has ? present : missing).push(field);
  }
  return { present, missing };
}

function emptySections(ctx: AuditContext, leafText: ReadonlySet<Element>, scripts: boolean): CompletenessHit[] {
  const found: CompletenessHit[] = [];
  const stack: { el: Element; level: number; content: boolean }[] = [];
  const close = (entry: { el: Element; content: boolean }) => {
    if (!entry.content && found.length < MAX_HITS) found.push({ snippet: clip(entry.el.textContent ?? '', 160), element: entry.el });
  };
  let insideHeading: Element | null = null;
  for (const el of ctx.elements()) {
    if (insideHeading && insideHeading.contains(el)) continue;
    insideHeading = null;
    const tag = el.tagName.toLowerCase();
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const level = Number(heading[1]);
      while (stack.length && stack[stack.length - 1]!.level >= level) close(stack.pop()!);
      stack.push({ el, level, content: false });
      insideHeading = el;
      continue;
    }
    // An empty element with an id on a page that runs scripts is where a chart or map is drawn.
    const mountPoint = scripts && tag === 'div' && el.hasAttribute('id') && el.children.length === 0;
    if (MEDIA.has(tag) || leafText.has(el) || tag.includes('-') || mountPoint) for (const entry of stack) entry.content = true;
  }
  while (stack.length) close(stack.pop()!);
  return found;
}

/** Scripts that can fill a table (JSON-LD and templates are data, not code). */
function runsScripts(ctx: AuditContext): boolean {
  return ctx.elements().some((el) => {
    if (el.tagName.toLowerCase() !== 'script') return false;
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    return !type || type === 'module' || /javascript|ecmascript/.test(type);
  });
}

function emptyTables(ctx: AuditContext, scripts: boolean): { empty: CompletenessHit[]; scripted: CompletenessHit[] } {
  const empty: CompletenessHit[] = [];
  const scripted: CompletenessHit[] = [];
  const tables = ctx.elements().filter((el) => el.tagName.toLowerCase() === 'table').slice(0, MAX_TABLES);
  for (const table of tables) {
    const cells = Array.from(table.querySelectorAll('td')).slice(0, MAX_CELLS);
    const filled = cells.some((td) => !EMPTY_CELL.test((td.textContent ?? '').replace(/\s+/g, ' ').trim()) || td.querySelector('a, img'));
    if (filled) continue;
    const caption = table.querySelector('caption')?.textContent ?? table.querySelector('th')?.textContent ?? '<table>';
    // Headers over no data, on a page that runs scripts: the rows arrive by JavaScript.
    if (scripts && table.querySelector('th') && scripted.length < MAX_HITS) {
      scripted.push({ snippet: clip(`${caption}`, 160), element: table });
    } else if (empty.length < MAX_HITS) {
      empty.push({ snippet: clip(`${cells.length} celdas vacías: ${caption}`, 160), element: table });
    }
  }
  return { empty, scripted };
}

/** Completeness evidence: dictionary, metadata, whole series, placeholders, empty sections and tables. */
export const completenessSignal = defineSignal<CompletenessInfo>('completeness', (ctx) => {
  const { blocks } = ctx.use(textBlocksSignal);
  const dictionary: CompletenessHit[] = [];
  const archive: CompletenessHit[] = [];
  const placeholders: CompletenessHit[] = [];
  const dataLinks: CompletenessInfo['dataLinks'] = [];
  const years = new Set<number>();
  const linksByStem = new Map<string, { links: number; years: Set<number> }>();
  let scanned = 0;
  for (const block of blocks) {
    if (block.chrome) continue;
    if ((scanned += block.text.length) > SCAN_CHARS) break;
    if (dictionary.length < MAX_HITS && DICTIONARY.test(block.text)) dictionary.push({ snippet: clip(block.text, 160), element: block.element });
    if (archive.length < MAX_HITS && ARCHIVE.test(block.text)) archive.push({ snippet: clip(block.text, 160), element: block.element });
    if (placeholders.length < MAX_HITS && PLACEHOLDER.test(block.text)) placeholders.push({ snippet: clip(block.text, 160), element: block.element });
  }
  const { isChrome } = ctx.use(regionSignal);
  for (const el of ctx.elements()) {
    if (el.tagName.toLowerCase() !== 'a' || isChrome(el)) continue;
    const href = el.getAttribute('href') ?? '';
    const text = clip(el.textContent ?? '', 200);
    if (DATA_EXT.has(fileExtension(href)) && dataLinks.length < 500) {
      dataLinks.push({ href, text, element: el });
      // The document's year: named in its text, else in its file name, else in its path (an upload folder).
      const file = href.split(/[?#]/)[0]!;
      const named = yearsIn(text) ?? yearsIn(file.slice(file.lastIndexOf('/') + 1)) ?? yearsIn(file);
      if (named) {
        const stem = documentStem(text, href);
        const group = linksByStem.get(stem) ?? { links: 0, years: new Set<number>() };
        group.links++;
        for (const year of named) group.years.add(year);
        linksByStem.set(stem, group);
      }
    }
    if (dictionary.length < MAX_HITS && (DICTIONARY.test(text) || /diccionario/i.test(href))) {
      if (!dictionary.some((d) => d.element?.contains(el))) dictionary.push({ snippet: clip(`${text} ${href}`, 160), element: el });
    }
  }
  // A series of downloads: one document repeated for several years.
  for (const group of linksByStem.values()) if (group.links >= 2 && group.years.size >= 2) for (const year of group.years) years.add(year);
  // A series shown as a table: years in the header cells of the page's own tables.
  for (const cell of ctx.elements()) {
    const tag = cell.tagName.toLowerCase();
    // Header cells, and the first cell of each row (row headers written as <td>).
    const header = tag === 'th' || (tag === 'td' && cell.previousElementSibling === null);
    if (!header || years.size > 60 || isChrome(cell)) continue;
    const cellYears = [...(cell.textContent ?? '').slice(0, 200).matchAll(YEAR)];
    // A cell holding a link names a document (counted with the links above), not a period.
    if (!cellYears.length || cell.querySelector('a[href]')) continue;
    for (const m of cellYears) years.add(Number(m[0]));
  }
  const nodes = ctx.use(jsonLdSignal).nodes;
  if (dictionary.length < MAX_HITS && nodes.some((n) => n['variableMeasured'] !== undefined || n['describedBy'] !== undefined)) {
    dictionary.push({ snippet: 'JSON-LD variableMeasured / describedBy' });
  }
  const describedBy = ctx.doc.querySelector('link[rel~="describedby" i]');
  if (describedBy) dictionary.push({ snippet: `<link rel="describedby" href="${clip(describedBy.getAttribute('href') ?? '', 120)}">`, element: describedBy });
  const leafText = new Set(blocks.filter((b) => !/^h[1-6]$/.test(b.tag)).map((b) => b.element));
  const periods = ctx.use(datesSignal).periods;
  // One walk over the elements answers "does this page run scripts?" for both tables and sections.
  const scripts = runsScripts(ctx);
  const tables = emptyTables(ctx, scripts);
  if (tables.scripted.length) {
    ctx.truncate(`script: ${tables.scripted.length} table(s) filled by JavaScript are empty in the served HTML; audit the page in the browser to judge them`);
  }
  return {
    dictionary,
    dataset: datasetFields(nodes),
    dataLinks,
    linkYears: [...years].sort(),
    archive,
    longestPeriodDays: periods.reduce((max, p) => Math.max(max, (p.end.getTime() - p.start.getTime()) / 86_400_000), 0),
    placeholders,
    emptySections: emptySections(ctx, leafText, scripts),
    emptyTables: tables.empty,
    scriptTables: tables.scripted,
    runsScripts: scripts,
  };
});
