import { parse } from 'csv-parse/sync';

const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * The delimiter that csv-parse reads into the most regular table: every candidate parses the
 * sample's first lines, and the one giving the most columns with the fewest ragged rows wins.
 */
export function detectDelimiter(sample: string, preferred?: string): string {
  const lines = sample.replace(/^\uFEFF/, '').split(/\r?\n/).slice(0, 30);
  // The last line of a sample may be cut mid-record.
  const text = lines.length > 1 ? lines.slice(0, -1).join('\n') : lines.join('\n');
  let best = { delimiter: preferred ?? ',', score: -Infinity };
  for (const delimiter of CANDIDATES) {
    let rows: string[][];
    try {
      rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
    } catch {
      continue;
    }
    if (!rows.length) continue;
    const widths = rows.map((r) => r.length);
    const mode = widths.sort((a, b) => widths.filter((w) => w === b).length - widths.filter((w) => w === a).length)[0]!;
    if (mode < 2) continue;
    const regular = rows.filter((r) => r.length === mode).length / rows.length;
    const score = mode * regular + (delimiter === preferred ? 0.01 : 0);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
