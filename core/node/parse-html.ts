import { parseHTML } from 'linkedom';
import type { DocumentLike } from '../schemas/index.js';

/** Default cap on the bytes parsed; larger inputs are cut and the report is flagged truncated. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ParsedHtml {
  document: DocumentLike;
  truncatedInput: string[];
  bytes: number;
}

/**
 * Parses HTML into a DOM Document on Node (linkedom: tolerant, no script execution, no network).
 * Input over `maxBytes` is cut before parsing so a 20 MB page never stalls the audit.
 */
export function parseHtml(html: string, maxBytes = DEFAULT_MAX_BYTES): ParsedHtml {
  const bytes = Buffer.byteLength(html, 'utf8');
  const truncatedInput: string[] = [];
  let source = html;
  if (bytes > maxBytes) {
    // Characters ≈ bytes for typical HTML; cut by characters, then mark the reason.
    source = html.slice(0, maxBytes);
    truncatedInput.push(`bytes: ${bytes} > ${maxBytes}`);
  }
  // Binary junk: NUL bytes make no sense in HTML and slow the tokenizer down.
  if (source.includes('\u0000')) source = source.replace(/\u0000/g, '\uFFFD');
  const { document } = parseHTML(source.trim() ? source : EMPTY_PAGE);
  return { document: withHtmlRoot(document) as unknown as DocumentLike, truncatedInput, bytes };
}

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';
/** Elements a browser puts in <head> when they come before any body content. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);
const DOCUMENT_TYPE_NODE = 10;

type ParsedDocument = ReturnType<typeof parseHTML>['document'];

/**
 * linkedom, unlike a browser, makes the first element of a fragment the document root (`<p>x</p>`
 * gives a <p> root, plain text gives none, and then `document.body` throws). Checks are written
 * for the browser's shape, so a document without an <html> root with <head> and <body> is
 * rebuilt the way a browser would: head-only elements before any content go to <head>, the rest
 * to <body>, and stray html/head/body wrappers are unwrapped.
 */
function withHtmlRoot(document: ParsedDocument): ParsedDocument {
  const root = document.documentElement;
  if (root?.tagName === 'HTML' && hasHeadAndBody(document) && onlyHeadAndBody(root)) return document;
  const head: string[] = [];
  const body: string[] = [];
  let inBody = false;
  const place = (nodes: Iterable<Node>): void => {
    for (const node of nodes) {
      if (node.nodeType === DOCUMENT_TYPE_NODE) continue;
      const tag = node.nodeType === 1 ? (node as Element).tagName : '';
      if (tag === 'HTML' || tag === 'HEAD' || tag === 'BODY') {
        place(Array.from(node.childNodes));
        continue;
      }
      if (!inBody && HEAD_TAGS.has(tag)) head.push(String(node));
      else {
        if (node.nodeType === 1 || (node.nodeType === 3 && (node.textContent ?? '').trim())) inBody = true;
        body.push(String(node));
      }
    }
  };
  place(Array.from(document.childNodes as Iterable<Node>));
  const rootAttributes = root?.tagName === 'HTML' ? Array.from(root.attributes, (a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('') : '';
  return parseHTML(`<!doctype html><html${rootAttributes}><head>${head.join('')}</head><body>${body.join('')}</body></html>`).document;
}

function onlyHeadAndBody(root: Element): boolean {
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === 1 && (child as Element).tagName !== 'HEAD' && (child as Element).tagName !== 'BODY') return false;
    if (child.nodeType === 3 && (child.textContent ?? '').trim()) return false;
  }
  return true;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function hasHeadAndBody(document: ParsedDocument): boolean {
  try {
    return Boolean(document.head && document.body);
  } catch {
    return false;
  }
}
