import type { ResourceKind } from './schema.js';

const BY_EXTENSION: Record<string, ResourceKind> = {
  csv: 'csv', tsv: 'tsv', tab: 'tsv', txt: 'csv', xlsx: 'xlsx', xlsm: 'xlsx', xls: 'xls', ods: 'ods',
  json: 'json', geojson: 'json', jsonld: 'json', xml: 'xml', rdf: 'xml', kml: 'xml', gml: 'xml', pdf: 'pdf',
  html: 'html', htm: 'html',
};

const BY_MIME: [RegExp, ResourceKind][] = [
  [/^(text\/csv|application\/csv)/, 'csv'],
  [/^text\/tab-separated-values/, 'tsv'],
  [/^application\/vnd\.openxmlformats-officedocument\.spreadsheetml/, 'xlsx'],
  [/^application\/vnd\.ms-excel/, 'xls'],
  [/^application\/vnd\.oasis\.opendocument\.spreadsheet/, 'ods'],
  [/^application\/([\w.+-]+\+)?json/, 'json'],
  [/^(text\/html|application\/xhtml)/, 'html'],
  [/^(application|text)\/([\w.+-]+\+)?xml/, 'xml'],
  [/^application\/pdf/, 'pdf'],
];

/** The lower-case extension of a path or URL's last segment ('' when none). */
export function extensionOf(nameOrUrl: string): string {
  const path = nameOrUrl.replace(/[?#].*$/, '');
  const last = path.split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
}

/** Kinds `proactiva audit` reads as resources (not as pages), by extension. */
export function isResourceName(nameOrUrl: string): boolean {
  const kind = BY_EXTENSION[extensionOf(nameOrUrl)];
  return kind !== undefined && kind !== 'html';
}

/** What the name, then the server, announce. */
export function declaredKind(nameOrUrl: string, contentType?: string): ResourceKind {
  const byExt = BY_EXTENSION[extensionOf(nameOrUrl)];
  if (byExt) return byExt;
  const mime = (contentType ?? '').toLowerCase().trim();
  return BY_MIME.find(([pattern]) => pattern.test(mime))?.[1] ?? 'unknown';
}

const startsWith = (bytes: Uint8Array, text: string, at = 0): boolean =>
  bytes.length >= at + text.length && [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

/**
 * What the first bytes are: magic numbers for PDF, ZIP (XLSX/ODS) and OLE (XLS), then the
 * first non-blank characters for HTML, XML and JSON; any other text keeps its declared text kind.
 */
export function sniffKind(head: Uint8Array, declared: ResourceKind): ResourceKind {
  if (startsWith(head, '%PDF-')) return 'pdf';
  if (startsWith(head, 'PK\u0003\u0004')) {
    const text = new TextDecoder('latin1').decode(head.subarray(0, 4096));
    if (text.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (/xl\/|\[Content_Types\]\.xml/.test(text)) return declared === 'ods' ? 'ods' : 'xlsx';
    return declared === 'ods' ? 'ods' : 'xlsx';
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase();
  if (/^<!doctype html|^<html|^<head|^<body|^<!--[\s\S]*?-->\s*<(!doctype html|html)/.test(start)) return 'html';
  if (start.startsWith('<?xml') || (start.startsWith('<') && declared !== 'csv' && declared !== 'tsv')) {
    return start.includes('<html') ? 'html' : 'xml';
  }
  if ((start.startsWith('{') || start.startsWith('[')) && declared !== 'csv' && declared !== 'tsv') return 'json';
  if (declared === 'csv' || declared === 'tsv' || declared === 'json' || declared === 'xml') return declared;
  return head.length === 0 ? declared : 'csv';
}
