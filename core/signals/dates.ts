import * as chrono from 'chrono-node';
import { defineSignal, type AuditContext } from '../context.js';
import { clip } from './dom.js';
import { jsonLdSignal, jsonLdString } from './json-ld.js';
import { findLabelled, labelPattern } from './labelled.js';
import { findPeriods, periodFromIsoInterval, type PeriodMention } from './period.js';
import { periodicityFromCode, periodicityFromWords, type PeriodicityTerm } from './periodicity.js';
import { tableDates, type SeriesPeriodicity } from './table-dates.js';
import { textBlocksSignal } from './text-blocks.js';

export type DateKind = 'modified' | 'validated' | 'published' | 'unknown';
/** Where a date came from: visible text or a <time> element, a data table's date column, or machine metadata only. */
export type DateSource = 'label' | 'time' | 'table' | 'meta' | 'json-ld' | 'http';

export interface FoundDate {
  date: Date;
  kind: DateKind;
  source: DateSource;
  /** Visible to a reader (labelled text or <time>), not only in metadata. */
  visible: boolean;
  /** What was read: the label and value, the attribute, the header. */
  snippet: string;
  element?: Element;
  /** The text gave no year and the audit year was assumed. */
  yearAssumed?: boolean;
}

export interface DeclaredPeriodicity extends PeriodicityTerm {
  snippet: string;
  element?: Element;
  source: 'label' | 'text' | 'json-ld' | 'meta';
}

export interface PeriodCovered extends PeriodMention {
  element?: Element;
  source: 'label' | 'text' | 'json-ld';
}

export interface DatesInfo {
  /** Dates found, newest first; future dates (beyond a day's clock skew) are left out. */
  dates: FoundDate[];
  /** Dates left out because they lie in the future of the audit. */
  future: FoundDate[];
  periodicity: DeclaredPeriodicity | null;
  /** Not declared: the spacing of a dated series in a data table (core/signals/table-dates.ts). */
  seriesPeriodicity: SeriesPeriodicity | null;
  periods: PeriodCovered[];
}

const UPDATE_LABELS: [DateKind, string][] = [
  ['validated', 'fecha de validaci[oó]n'],
  [
    'modified',
    '(?:fecha de (?:la )?(?:[úu]ltima )?(?:actualizaci[oó]n|modificaci[oó]n)|[úu]ltima (?:actualizaci[oó]n|modificaci[oó]n))(?: de (?:la|las|los|esta|este|estos) (?:informaci[oó]n|datos|p[áa]gina|secci[oó]n|contenidos?))?|actualizad[oa]s?(?: (?:al|el|en|a))?|fecha de corte|(?:cifras|datos|informaci[oó]n) (?:actualizad[oa]s? )?al',
  ],
  ['published', 'fecha de publicaci[oó]n|publicad[oa] (?:el|en)|fecha de elaboraci[oó]n|elaboraci[oó]n|elaborad[oa](?: (?:el|en))?|generad[oa](?: (?:el|en))?|fecha(?=\\s*[:：])'],
];

const PERIODICITY_LABEL = labelPattern(
  'periodicidad(?: de (?:la )?actualizaci[oó]n)?|periodo de actualizaci[oó]n|frecuencia(?: de (?:la )?actualizaci[oó]n)?',
);
const PERIODICITY_PHRASE =
  /\b(?:se actualiza(?:n|r[áa])?|actualizaci[oó]n|se publica(?:n|r[áa])?|se renueva(?:n)?)\s+(?:de (?:forma|manera)\s+)?(\p{L}+(?:mente)?|cada (?:d[ií]a|semana|mes|dos meses|tres meses|cuatro meses|seis meses|a[ñn]o|dos a[ñn]os|quince d[ií]as))/iu;

const PERIOD_LABEL = labelPattern(
  'periodo(?! de actualizaci)(?: (?:que (?:se )?(?:cubre|informa|reporta|abarca)|reportado|informado|de (?:la )?informaci[oó]n))?|cobertura temporal|ejercicio(?: fiscal)?|a[ñn]o(?: del (?:estudio|informe|reporte|ejercicio))?',
);

const META_DATES: [string, DateKind][] = [
  ['article:modified_time', 'modified'],
  ['og:updated_time', 'modified'],
  ['last-modified', 'modified'],
  ['dcterms.modified', 'modified'],
  ['dc.date.modified', 'modified'],
  ['dc.date', 'unknown'],
  ['dcterms.date', 'unknown'],
  ['date', 'unknown'],
  ['article:published_time', 'published'],
  ['dcterms.issued', 'published'],
  ['dcterms.created', 'published'],
  ['dc.date.created', 'published'],
];

const JSON_LD_DATES: [string, DateKind][] = [
  ['dateModified', 'modified'],
  ['dateCreated', 'published'],
  ['datePublished', 'published'],
  ['modified', 'modified'],
  ['dct:modified', 'modified'],
  ['issued', 'published'],
];

const MIN_YEAR = 1990;
const DAY_MS = 86_400_000;
const MAX_LABEL_HITS = 12;
/** Characters of page text scanned for periodicity phrases and period mentions. */
const SCAN_CHARS = 60_000;

/** Reads an ISO-like date strictly (never Date.parse's guesses on free text). */
export function parseIsoDate(value: string): Date | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(value);
  if (!m) return null;
  const date = new Date(
    m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${normaliseZone(m[7])}` : `${m[1]}-${m[2]}-${m[3]}T12:00:00Z`,
  );
  return Number.isNaN(date.getTime()) ? null : date;
}

const normaliseZone = (zone: string | undefined): string =>
  !zone ? 'Z' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;

/**
 * A date the page states names a day, month or year. Casual words («hoy», «ayer», «mañana») would
 * resolve against the audit's own date, so "Actualizado hoy" in a template always looks fresh,
 * also on a copy verified years later: they are no date at all.
 */
const ABSOLUTE_DATE = /\d|ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:t(?:iembre)?)?|setiembre|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?/i;

/** Reads a date written in Spanish (day first) from a short string with chrono's Spanish parser. */
export function parseSpanishDate(text: string, ref: Date): { date: Date; yearAssumed: boolean; text: string } | null {
  const iso = parseIsoDate(text);
  if (iso) return { date: iso, yearAssumed: false, text: text.trim().slice(0, 30) };
  const results = chrono.es.parse(text.slice(0, 200), ref, { forwardDate: false });
  for (const result of results) {
    if (!result.start.isCertain('month') && !result.start.isCertain('day')) continue;
    if (!ABSOLUTE_DATE.test(result.text)) continue;
    const date = result.start.date();
    if (Number.isNaN(date.getTime())) continue;
    return { date, yearAssumed: !result.start.isCertain('year'), text: result.text };
  }
  return null;
}

function readHttpDate(value: string): Date | null {
  // RFC 7231 IMF-fixdate: "Tue, 15 Nov 1994 08:12:31 GMT".
  if (!/^\s*[A-Za-z]{3},\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+GMT\s*$/.test(value)) return parseIsoDate(value);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function labelledDates(ctx: AuditContext, out: FoundDate[]): void {
  const { blocks } = ctx.use(textBlocksSignal);
  for (const [kind, label] of UPDATE_LABELS) {
    for (const hit of findLabelled(blocks, labelPattern(label), MAX_LABEL_HITS)) {
      const timeEl = hit.valueElement.querySelector?.('time[datetime]');
      const fromTime = timeEl ? parseIsoDate(timeEl.getAttribute('datetime') ?? '') : null;
      const parsed = fromTime ? { date: fromTime, yearAssumed: false } : parseSpanishDate(hit.value, ctx.now);
      if (!parsed) continue;
      out.push({
        date: parsed.date,
        kind,
        source: 'label',
        visible: true,
        snippet: clip(`${hit.label}: ${hit.value}`, 160),
        element: hit.valueElement,
        ...(parsed.yearAssumed ? { yearAssumed: true } : {}),
      });
    }
  }
}

const kindOfContext = (text: string): DateKind => {
  if (/validaci[oó]n/i.test(text)) return 'validated';
  if (/actualiza|modifica|corte/i.test(text)) return 'modified';
  if (/publica|elabora/i.test(text)) return 'published';
  return 'unknown';
};

function timeDates(ctx: AuditContext, out: FoundDate[]): void {
  let seen = 0;
  for (const el of ctx.elements()) {
    if (el.tagName.toLowerCase() !== 'time') continue;
    if (++seen > 200) break;
    const attr = el.getAttribute('datetime') ?? el.textContent ?? '';
    const date = parseIsoDate(attr);
    if (!date) continue;
    const around = clip(el.parentElement?.textContent ?? '', 200);
    out.push({ date, kind: kindOfContext(around), source: 'time', visible: true, snippet: clip(`<time datetime="${attr}"> ${around}`, 160), element: el });
  }
}

function metaDates(ctx: AuditContext, out: FoundDate[]): void {
  const metas = Array.from(ctx.doc.querySelectorAll('meta[content]')).slice(0, 300);
  for (const meta of metas) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('http-equiv') ?? '').toLowerCase();
    const kind = META_DATES.find(([name]) => name === key)?.[1];
    if (!kind) continue;
    const content = meta.getAttribute('content') ?? '';
    const date = parseIsoDate(content) ?? readHttpDate(content);
    if (date) out.push({ date, kind, source: 'meta', visible: false, snippet: clip(`${key}=${content}`, 160), element: meta });
  }
}

function jsonLdDates(ctx: AuditContext, out: FoundDate[]): void {
  for (const node of ctx.use(jsonLdSignal).nodes) {
    for (const [key, kind] of JSON_LD_DATES) {
      const value = jsonLdString(node[key]);
      const date = value ? parseIsoDate(value) : null;
      if (date) out.push({ date, kind, source: 'json-ld', visible: false, snippet: clip(`${key}: ${value}`, 160) });
    }
  }
}

function httpDate(ctx: AuditContext, out: FoundDate[]): void {
  const { http } = ctx.snapshot;
  const header = http.lastModified ?? Object.entries(http.headers).find(([k]) => k.toLowerCase() === 'last-modified')?.[1];
  const date = header ? readHttpDate(header) : null;
  if (date) out.push({ date, kind: 'modified', source: 'http', visible: false, snippet: `Last-Modified: ${clip(header!, 100)}` });
}

function findPeriodicity(ctx: AuditContext): DeclaredPeriodicity | null {
  const { blocks } = ctx.use(textBlocksSignal);
  for (const hit of findLabelled(blocks, PERIODICITY_LABEL, MAX_LABEL_HITS)) {
    const term = periodicityFromWords(hit.value);
    if (term) return { ...term, source: 'label', snippet: clip(`${hit.label}: ${hit.value}`, 160), element: hit.valueElement };
  }
  let scanned = 0;
  for (const block of blocks) {
    if ((scanned += block.text.length) > SCAN_CHARS) break;
    const m = PERIODICITY_PHRASE.exec(block.text);
    const term = m ? periodicityFromWords(m[1]!) : null;
    if (term && m) return { ...term, source: 'text', snippet: clip(m[0], 160), element: block.element };
  }
  for (const node of ctx.use(jsonLdSignal).nodes) {
    const value = jsonLdString(node['accrualPeriodicity'] ?? node['dct:accrualPeriodicity'] ?? node['dcat:accrualPeriodicity']);
    const term = value ? periodicityFromCode(value) : null;
    if (term) return { ...term, source: 'json-ld', snippet: clip(`accrualPeriodicity: ${value}`, 160) };
  }
  return null;
}

function findPeriodsCovered(ctx: AuditContext): PeriodCovered[] {
  const { blocks } = ctx.use(textBlocksSignal);
  const periods: PeriodCovered[] = [];
  const labelled = new Set<Element>();
  for (const hit of findLabelled(blocks, PERIOD_LABEL, MAX_LABEL_HITS)) {
    const value = /^\s*(?:fiscal\s+)?((?:19|20)\d{2})\s*$/.test(hit.value) ? `ejercicio ${hit.value.trim()}` : hit.value;
    for (const p of findPeriods(value, 5)) periods.push({ ...p, source: 'label', element: hit.valueElement });
    labelled.add(hit.valueElement);
  }
  let scanned = 0;
  for (const block of blocks) {
    if (labelled.has(block.element)) continue;
    if ((scanned += block.text.length) > SCAN_CHARS) break;
    for (const p of findPeriods(block.text, 10)) periods.push({ ...p, source: 'text', element: block.element });
    if (periods.length > 60) break;
  }
  for (const node of ctx.use(jsonLdSignal).nodes) {
    const value = jsonLdString(node['temporalCoverage'] ?? node['dct:temporal']);
    const p = value ? periodFromIsoInterval(value) : null;
    if (p) periods.push({ ...p, source: 'json-ld' });
  }
  return periods;
}

/**
 * Update dates, declared periodicity and periods covered. Chrono only reads labelled values
 * (≤ 300 characters each, a dozen per label); phrase scans stop after SCAN_CHARS characters.
 */
export const datesSignal = defineSignal<DatesInfo>('dates', (ctx) => {
  const all: FoundDate[] = [];
  labelledDates(ctx, all);
  timeDates(ctx, all);
  const fromTables = tableDates(ctx);
  all.push(...fromTables.dates);
  metaDates(ctx, all);
  jsonLdDates(ctx, all);
  httpDate(ctx, all);
  const horizon = ctx.now.getTime() + DAY_MS;
  const valid = all.filter((d) => d.date.getUTCFullYear() >= MIN_YEAR);
  const byNewest = (a: FoundDate, b: FoundDate) => b.date.getTime() - a.date.getTime();
  return {
    dates: valid.filter((d) => d.date.getTime() <= horizon).sort(byNewest),
    future: valid.filter((d) => d.date.getTime() > horizon).sort(byNewest),
    periodicity: findPeriodicity(ctx),
    seriesPeriodicity: fromTables.series,
    periods: findPeriodsCovered(ctx),
  };
});

/** The date that best tells when the information was last updated: modified/validated first, then any. */
export function lastUpdate(info: DatesInfo): FoundDate | null {
  return info.dates.find((d) => d.kind === 'modified' || d.kind === 'validated') ?? info.dates[0] ?? null;
}

/** Age in days of `date` at `now` (never negative). */
export function ageInDays(date: Date, now: Date): number {
  return Math.max(0, (now.getTime() - date.getTime()) / DAY_MS);
}
