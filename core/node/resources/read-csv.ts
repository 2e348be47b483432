import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { createTableProfiler } from '../../resources/table-profiler.js';
import type { TableProfile } from '../../resources/schema.js';
import { detectDelimiter } from './delimiter.js';
import { detectEncoding, type DetectedEncoding } from './encoding.js';

export interface CsvReadResult {
  encoding: DetectedEncoding;
  delimiter: string;
  table: TableProfile;
  /** Stopped by the time cap. */
  timedOut: boolean;
  parseError?: string;
}

export interface CsvReadOptions {
  maxRows: number;
  /** Wall-clock deadline (ms since epoch) for the whole read. */
  deadline: number;
  /** Tab-separated by announcement (.tsv): prefer the tab when the sample is ambiguous. */
  preferTab?: boolean;
  clock?: () => number;
}

async function* decode(chunks: AsyncIterable<Uint8Array>, label: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(label);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * Profiles a CSV or TSV as a stream: the encoding and delimiter come from the first bytes, then
 * csv-parse reads record by record into a bounded profiler, stopping at the row cap or the
 * deadline. Memory stays bounded whatever the file size.
 */
export async function readCsv(head: Uint8Array, chunks: AsyncIterable<Uint8Array>, options: CsvReadOptions): Promise<CsvReadResult> {
  const clock = options.clock ?? Date.now;
  const encoding = detectEncoding(head.subarray(0, 64 * 1024));
  const sample = new TextDecoder(encoding.label).decode(head.subarray(0, 64 * 1024));
  const delimiter = detectDelimiter(sample, options.preferTab ? '\t' : ',');
  const profiler = createTableProfiler({ maxRows: options.maxRows });
  const input = Readable.from(decode(chunks, encoding.label), { objectMode: false });
  const parser = parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
  // A read error (or the early stop below closing the source) reaches the loop through the parser.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let timedOut = false;
  let parseError: string | undefined;
  let n = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!profiler.push(record)) break;
      if (++n % 2_000 === 0 && clock() > options.deadline) {
        timedOut = true;
        break;
      }
    }
  } catch (error) {
    parseError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  } finally {
    input.destroy();
    parser.destroy();
  }
  return { encoding, delimiter, table: profiler.result(), timedOut, ...(parseError ? { parseError } : {}) };
}
