// Node resolves csv-parse's own build; the extension's bundle maps it to csv-parse's browser
// build (wxt.config.ts), which has the same API without Node's stream module.
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
 * csv-parse reads chunk by chunk, handing each record to a bounded profiler (`on_record`, which
 * keeps nothing), and stops at the row cap or the deadline. Memory stays bounded whatever the
 * file size. Fetch and TextDecoder only: runs in Node and in the extension alike.
 */
export async function readCsv(head: Uint8Array, chunks: AsyncIterable<Uint8Array>, options: CsvReadOptions): Promise<CsvReadResult> {
  const clock = options.clock ?? Date.now;
  const encoding = detectEncoding(head.subarray(0, 64 * 1024));
  const sample = new TextDecoder(encoding.label).decode(head.subarray(0, 64 * 1024));
  const delimiter = detectDelimiter(sample, options.preferTab ? '\t' : ',');
  const profiler = createTableProfiler({ maxRows: options.maxRows });
  let full = false;
  let parseError: string | undefined;
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    // Each record goes to the profiler and is dropped (null), so the parser's output stays empty.
    on_record: (record: string[]) => {
      if (!full && !profiler.push(record)) full = true;
      return null;
    },
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('error', (error: Error) => {
      parseError ??= error.message.slice(0, 500);
      resolve();
    });
    parser.on('end', () => resolve());
  });
  parser.resume();
  let timedOut = false;
  let n = 0;
  for await (const text of decode(chunks, encoding.label)) {
    parser.write(text);
    if (full || parseError) break;
    if (++n % 8 === 0 && clock() > options.deadline) {
      timedOut = true;
      break;
    }
  }
  if (full || timedOut || parseError) parser.destroy();
  else parser.end();
  await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, full || timedOut || parseError ? 0 : 5_000))]);
  return { encoding, delimiter, table: profiler.result(), timedOut, ...(parseError ? { parseError } : {}) };
}
