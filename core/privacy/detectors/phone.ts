import type { Span } from './span.js';

/**
 * Mexican phone numbers: ten national digits (area code + number; since 2019 every number is
 * dialled with ten), written contiguous or grouped by a space, dot or dash, with the area code in
 * parentheses, behind "+52" (optionally the old mobile "1"), "0052", or the old trunk prefixes
 * "01", "044", "045". Examples: 5512345678, 55 1234 5678, (55) 1234-5678, 333.614.5678,
 * +52 1 55 1234 5678, 01 800 123 4567, 044 55 1234 5678.
 *
 * A run of digit groups is read left to right, and the first window of consecutive groups that
 * forms a phone number is taken, so a year or postal code just before a number does not hide it.
 * Not phones: amounts (after "$" or before "pesos", or grouped in thousands), numbers with a
 * decimal part, dates and times (they carry "/" or ":"), numbers introduced as a folio,
 * expediente, oficio, solicitud, contrato or acuerdo, and numbers whose national part starts
 * with 0 or 1 (no Mexican area code does).
 */
const RUN = /\(?\d+(?:(?:[ .\-]|\) ?| ?\(|\)[.\-])\(?\d+)*\)?/gu;
const GROUP = /\d+/g;
const BEFORE_NOT = /(?:[\p{L}\p{N}$€/:]|\d[.,])$/u;
const AFTER_NOT = /^(?:[\p{L}\p{N}/:]|[.,]\d)/u;
const AMOUNT_BEFORE = /\$\s*$/u;
const AMOUNT_AFTER = /^\s*(?:pesos|mxn|m\.?n\.?|usd|d[óo]lares|mdp|millones|mil|%|por ciento|habitantes|personas)\b/iu;
const ID_BEFORE =
  /(?:folios?|expedientes?|oficios?|solicitud(?:es)?|contratos?|acuerdos?|recursos?|licitaci[óo]n|n[úu]m(?:ero)?\.? de (?:folio|expediente|oficio|solicitud|contrato))(?:\s+(?:es|era|n[úu]m(?:ero)?\.?|no\.?|n[°º]))*\s*[:#]?\s*$/iu;

interface Group {
  digits: string;
  start: number;
  end: number;
}

/** Strips a country or trunk prefix; returns the national digits or null. */
function nationalDigits(all: string, international: boolean): string | null {
  if (international) {
    const rest = all.startsWith('0052') ? all.slice(4) : all.startsWith('52') ? all.slice(2) : null;
    if (rest === null) return null;
    if (rest.length === 11 && rest.startsWith('1')) return rest.slice(1);
    return rest.length === 10 ? rest : null;
  }
  if (all.length === 10) return all;
  if (all.length === 12 && all.startsWith('01')) return all.slice(2);
  if (all.length === 13 && (all.startsWith('044') || all.startsWith('045'))) return all.slice(3);
  return null;
}

/** The national part's groups look like a phone: contiguous, or an area code of 2-3 digits
 *  followed by groups of at least two digits, and not thousands (1-3 digits then 3, 3, 3). */
function plausibleGrouping(groups: Group[], prefixDigits: number): boolean {
  const sizes: number[] = [];
  let skip = prefixDigits;
  for (const g of groups) {
    const take = Math.min(skip, g.digits.length);
    skip -= take;
    if (g.digits.length - take > 0) sizes.push(g.digits.length - take);
    else if (take < g.digits.length) sizes.push(0);
  }
  if (sizes.length === 1) return true;
  const [first = 0, ...rest] = sizes;
  if (first < 2 || first > 3 || rest.some((n) => n < 2)) return false;
  return !rest.every((n) => n === 3);
}

function windowPhone(text: string, groups: Group[], from: number, to: number): Span | null {
  const first = groups[from]!;
  const last = groups[to]!;
  let start = first.start;
  // Take a "+" (or "00"), and an opening parenthesis, that belong to the first group.
  const lead = /(?:\+ ?)?\(?$/u.exec(text.slice(Math.max(0, start - 3), start));
  const international = lead !== null && lead[0].includes('+');
  if (lead) start -= lead[0].length;
  let end = last.end;
  if (text[end] === ')') end++;
  const all = groups.slice(from, to + 1).map((g) => g.digits).join('');
  const national = nationalDigits(all, international || all.startsWith('0052'));
  if (national === null || /^[01]/.test(national)) return null;
  if (!plausibleGrouping(groups.slice(from, to + 1), all.length - national.length)) return null;
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (BEFORE_NOT.test(before) || AFTER_NOT.test(after)) return null;
  if (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after) || ID_BEFORE.test(before.slice(-60))) return null;
  return { start, end };
}

export function detectPhones(text: string): Span[] {
  const spans: Span[] = [];
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run !== null; run = RUN.exec(text)) {
    const groups: Group[] = [];
    GROUP.lastIndex = 0;
    for (let g = GROUP.exec(run[0]); g !== null; g = GROUP.exec(run[0])) {
      const start = run.index + g.index;
      groups.push({ digits: g[0], start, end: start + g[0].length });
    }
    for (let from = 0; from < groups.length; ) {
      let found: Span | null = null;
      let to = from;
      let digits = 0;
      for (; to < groups.length && digits < 15; to++) {
        digits += groups[to]!.digits.length;
        found = windowPhone(text, groups, from, to);
        if (found) break;
      }
      if (found) {
        spans.push(found);
        from = to + 1;
      } else from++;
    }
  }
  return spans;
}
