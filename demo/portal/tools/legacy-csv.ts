import type { Cell } from './datasets.js';
import { latin1 } from './latin1.js';

/**
 * A CSV as an old billing system exports it — the demo's broken dataset: Latin-1 bytes, `;` as
 * separator, the report title on a line of its own above the header, and a «TOTAL» line with
 * fewer cells. Readable by a person in a spreadsheet, troublesome for any program.
 */
export function legacyCsv(title: string, table: readonly (readonly Cell[])[]): Uint8Array {
  const lines = [title.toUpperCase(), ...table.map((row) => row.map((cell) => String(cell)).join(';')), `TOTAL;${table.length - 1} registros`];
  return latin1(lines.join('\r\n') + '\r\n');
}
