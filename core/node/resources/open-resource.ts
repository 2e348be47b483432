import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PageReadError } from '../../net/read-error.js';
import { capped, openUrl, type OpenOptions, type ResourceSource } from '../../net/resources/source.js';
import { fileUrl } from '../read-file.js';

/** The CLI names itself to servers; a browser sends its own user agent. */
export const CLI_HEADERS = { 'user-agent': 'proactiva-audit' } as const;

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

async function openFile(path: string, options: OpenOptions): Promise<ResourceSource> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? new PageReadError('not-found', `file not found: ${path}`) : new PageReadError('io', `cannot read ${path}: ${(error as Error).message}`);
  }
  if (!info.isFile()) throw new PageReadError('io', `not a file: ${path}`);
  const progress = { bytesRead: 0, cut: info.size > options.maxBytes };
  // The read stream itself stops at the cap: a 500 MB file is never read past maxBytes.
  const stream = createReadStream(path, { end: Math.max(0, Math.min(info.size, options.maxBytes) - 1), highWaterMark: 256 * 1024 });
  const chunks = info.size === 0 ? (async function* () {})() : capped(stream, options.maxBytes, progress);
  if (info.size === 0) stream.destroy();
  return {
    url: fileUrl(path, options.baseUrl),
    name: basename(path),
    fetchedAt: new Date().toISOString(),
    lastModified: info.mtime.toISOString(),
    size: info.size,
    chunks,
    progress,
    close: async () => {
      stream.destroy();
    },
  };
}

/** Opens a file path or an http(s) URL as a capped byte stream (the cap and the timeout apply while reading). */
export function openResource(input: string, options: OpenOptions): Promise<ResourceSource> {
  return isUrl(input) ? openUrl(input, { ...options, headers: { ...CLI_HEADERS, ...options.headers } }) : openFile(input, options);
}
