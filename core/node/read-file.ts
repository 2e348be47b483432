import { open, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeHtml } from './decode.js';
import { DEFAULT_MAX_BYTES } from './parse-html.js';
import { PageReadError } from '../net/read-error.js';
import { snapshotFromHtml } from './snapshot.js';
import type { PageSnapshotInput } from '../schemas/index.js';

export interface ReadFileOptions {
  /** Page URL for the report: a URL ending in "/" gets the file name appended; otherwise used as is. Default: the file:// URL. */
  baseUrl?: string;
  maxBytes?: number;
}

export interface ReadPage {
  url: string;
  html: string;
  bytes: number;
  truncatedInput: string[];
}

/** The URL a local file is reported under. */
export function fileUrl(path: string, baseUrl?: string): string {
  if (!baseUrl) return pathToFileURL(resolve(path)).href;
  try {
    return baseUrl.endsWith('/') ? new URL(encodeURIComponent(basename(path)), baseUrl).href : new URL(baseUrl).href;
  } catch {
    throw new PageReadError('invalid-url', `invalid --base-url: ${baseUrl}`);
  }
}

/** Reads a local HTML file (at most maxBytes of it, flagged when cut), decoding its charset. */
export async function readPageFile(path: string, options: ReadFileOptions = {}): Promise<ReadPage> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const url = fileUrl(path, options.baseUrl);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new PageReadError('io', `not a file: ${path}`);
    size = info.size;
  } catch (error) {
    if (error instanceof PageReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new PageReadError('not-found', `file not found: ${path}`)
      : new PageReadError('io', `cannot read ${path}: ${(error as Error).message}`);
  }
  const length = Math.min(size, maxBytes);
  const buffer = new Uint8Array(length);
  try {
    const handle = await open(path, 'r');
    try {
      let offset = 0;
      while (offset < length) {
        const { bytesRead } = await handle.read(buffer, offset, length - offset, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new PageReadError('io', `cannot read ${path}: ${(error as Error).message}`);
  }
  return {
    url,
    html: decodeHtml(buffer),
    bytes: size,
    truncatedInput: size > maxBytes ? [`bytes: ${size} > ${maxBytes}`] : [],
  };
}

/** File → PageSnapshot (reported under its file:// URL or --base-url; cut at maxBytes and flagged). */
export async function snapshotFromFile(path: string, options: ReadFileOptions = {}): Promise<PageSnapshotInput> {
  const page = await readPageFile(path, options);
  const snapshot = snapshotFromHtml(page.html, { url: page.url, http: { bytes: page.bytes }, maxBytes: Number.MAX_SAFE_INTEGER });
  snapshot.truncatedInput = [...page.truncatedInput];
  return snapshot;
}
