/** Periods a page says its information covers ("primer trimestre de 2024", "enero-marzo 2024", "ejercicio 2023"). */

export interface PeriodMention {
  text: string;
  /** First day of the period (UTC). */
  start: Date;
  /** Last day of the period (UTC). */
  end: Date;
}

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTH = '(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const ORDINAL: Record<string, number> = {
  primer: 1, primero: 1, '1er': 1, '1o': 1, '1º': 1, '1°': 1,
  segundo: 2, '2do': 2, '2o': 2, '2º': 2, '2°': 2,
  tercer: 3, tercero: 3, '3er': 3, '3o': 3, '3º': 3, '3°': 3,
  cuarto: 4, '4to': 4, '4o': 4, '4º': 4, '4°': 4,
};
const ORD = '(primer|primero|segundo|tercer|tercero|cuarto|1er|2do|3er|4to|[1-4][o°º])';
const OF = '\\s+(?:de(?:l)?\\s+)?(?:a[ñn]o\\s+)?';
const YEAR = '((?:19|20)\\d{2})';

const monthIndex = (name: string): number => {
  const lower = name.toLowerCase();
  return lower === 'setiembre' ? 8 : MONTHS.indexOf(lower);
};
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m, d));
const monthEnd = (y: number, m: number): Date => utc(y, m + 1, 0);

interface Rule {
  pattern: RegExp;
  read(m: RegExpExecArray): { start: Date; end: Date } | null;
}

const RULES: Rule[] = [
  {
    // "de enero de 2015 a enero de 2026", "enero 2015 - diciembre 2025"
    pattern: new RegExp(`${MONTH}\\s+(?:de(?:l)?\\s+)?${YEAR}\\s*(?:a|al|hasta|-|–)\\s*${MONTH}\\s+(?:de(?:l)?\\s+)?${YEAR}`, 'giu'),
    read: (m) => ({ start: utc(+m[2]!, monthIndex(m[1]!), 1), end: monthEnd(+m[4]!, monthIndex(m[3]!)) }),
  },
  {
    // "enero-marzo 2024", "enero a marzo de 2024"
    pattern: new RegExp(`${MONTH}\\s*(?:a|al|-|–)\\s*${MONTH}${OF}${YEAR}`, 'giu'),
    read: (m) => ({ start: utc(+m[3]!, monthIndex(m[1]!), 1), end: monthEnd(+m[3]!, monthIndex(m[2]!)) }),
  },
  {
    // "primer trimestre de 2024", "4to trimestre 2023"
    pattern: new RegExp(`${ORD}\\s+trimestre${OF}${YEAR}`, 'giu'),
    read: (m) => {
      const q = ORDINAL[m[1]!.toLowerCase()];
      return q ? { start: utc(+m[2]!, (q - 1) * 3, 1), end: monthEnd(+m[2]!, q * 3 - 1) } : null;
    },
  },
  {
    // "segundo semestre de 2023"
    pattern: new RegExp(`(primer|primero|segundo|1er|2do|[12][o°º])\\s+semestre${OF}${YEAR}`, 'giu'),
    read: (m) => {
      const h = ORDINAL[m[1]!.toLowerCase()];
      return h === 1 || h === 2 ? { start: utc(+m[2]!, (h - 1) * 6, 1), end: monthEnd(+m[2]!, h * 6 - 1) } : null;
    },
  },
  {
    // "ejercicio 2023", "ejercicio fiscal 2024", "cuenta pública 2023"
    pattern: new RegExp(`(?:ejercicio(?:\\s+fiscal)?|cuenta\\s+p[úu]blica|a[ñn]o\\s+fiscal)\\s+(?:de(?:l)?\\s+)?${YEAR}`, 'giu'),
    read: (m) => ({ start: utc(+m[1]!, 0, 1), end: utc(+m[1]!, 11, 31) }),
  },
  {
    // "periodo: marzo de 2024", "mes de marzo de 2024"
    pattern: new RegExp(`(?:periodo|mes)(?:\\s+(?:que\\s+)?(?:cubre|informa|reporta|de))?\\s*:?\\s+${MONTH}${OF}${YEAR}`, 'giu'),
    read: (m) => ({ start: utc(+m[2]!, monthIndex(m[1]!), 1), end: monthEnd(+m[2]!, monthIndex(m[1]!)) }),
  },
];

const MAX_MENTIONS = 40;

/** Every period mentioned in `text` (bounded), in the order found. */
export function findPeriods(text: string, max = MAX_MENTIONS): PeriodMention[] {
  const found: PeriodMention[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.pattern.exec(text)) && found.length < max) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const range = rule.read(m);
      if (!range || Number.isNaN(range.start.getTime()) || range.end < range.start) continue;
      taken.push([from, to]);
      found.push({ text: m[0].trim(), ...range });
    }
  }
  return found;
}

/** "2015-01/2026-01", "2023", "2024-01-01/2024-03-31" (JSON-LD temporalCoverage, ISO 8601 intervals). */
export function periodFromIsoInterval(value: string): PeriodMention | null {
  const parts = value.trim().split('/');
  if (parts.length > 2 || !parts[0]) return null;
  const start = isoPart(parts[0], false);
  const end = isoPart(parts[1] ?? parts[0], true);
  if (!start || !end || end < start) return null;
  return { text: value.trim().slice(0, 100), start, end };
}

function isoPart(part: string, isEnd: boolean): Date | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(part.trim());
  if (!m) return null;
  const y = +m[1]!;
  if (m[3]) return utc(y, +m[2]! - 1, +m[3]);
  if (m[2]) return isEnd ? monthEnd(y, +m[2] - 1) : utc(y, +m[2] - 1, 1);
  return isEnd ? utc(y, 11, 31) : utc(y, 0, 1);
}
