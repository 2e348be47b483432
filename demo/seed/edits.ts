/**
 * Earlier versions of a portal page, described as edits of its current HTML: what the page did
 * not have yet (a section, a download, its licence) and what it said then (its update date, the
 * latest month it covered). The seeder audits these versions with back-dated fetch dates.
 */
import { parseHTML } from 'linkedom';
import { spanishDate } from './timeline.js';

export type Edit =
  /** Drop an <h2> (matched by its text's start) and everything after it up to the next <h2>. */
  | { kind: 'remove-section'; heading: string }
  /** Drop a <dt> (matched by its text's start) and the <dd> after it. */
  | { kind: 'remove-meta'; term: string }
  /** Drop the row, item or paragraph of every link whose href ends with the suffix. */
  | { kind: 'remove-links'; hrefEndsWith: string }
  | { kind: 'remove-jsonld' }
  /** Set the visible "Fecha de actualización" (<time> in dl.meta) and JSON-LD dateModified. */
  | { kind: 'set-updated'; day: string }
  /** Replace a phrase in every text node (e.g. the latest month a dataset covers); `optional` when it may not occur. */
  | { kind: 'replace-text'; from: string; to: string; optional?: boolean }
  /** Insert HTML right before an <h2> (matched by its text's start). */
  | { kind: 'insert-before-section'; heading: string; html: string };

type Doc = ReturnType<typeof parseHTML>['document'];
const text = (el: Element | null): string => (el?.textContent ?? '').trim();

function removeSection(doc: Doc, heading: string): number {
  const h2 = Array.from(doc.querySelectorAll('main h2')).find((h) => text(h).startsWith(heading));
  if (!h2) return 0;
  let node = h2.nextElementSibling;
  while (node && node.tagName !== 'H2' && node.tagName !== 'SECTION') {
    const next = node.nextElementSibling;
    node.remove();
    node = next;
  }
  h2.remove();
  return 1;
}

function removeMeta(doc: Doc, term: string): number {
  const dt = Array.from(doc.querySelectorAll('dl dt')).find((d) => text(d).startsWith(term));
  if (!dt) return 0;
  if (dt.nextElementSibling?.tagName === 'DD') dt.nextElementSibling.remove();
  dt.remove();
  return 1;
}

function removeLinks(doc: Doc, suffix: string): number {
  const links = Array.from(doc.querySelectorAll('a[href]')).filter((a) => (a.getAttribute('href') ?? '').endsWith(suffix));
  for (const a of links) (a.closest('tr') ?? a.closest('li') ?? a.closest('p') ?? a).remove();
  return links.length;
}

function setUpdated(doc: Doc, day: string): number {
  let changed = 0;
  const time = Array.from(doc.querySelectorAll('dl dt')).find((d) => text(d).startsWith('Fecha de actualización'))?.nextElementSibling?.querySelector('time');
  if (time) {
    time.setAttribute('datetime', day);
    time.textContent = spanishDate(day);
    changed++;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const before = script.textContent ?? '';
    const after = before.replace(/"dateModified":\s*"[^"]*"/, `"dateModified": "${day}"`);
    if (after !== before) {
      script.textContent = after;
      changed++;
    }
  }
  return changed;
}

function replaceText(doc: Doc, from: string, to: string): number {
  let changed = 0;
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3 && child.nodeValue?.includes(from)) {
        child.nodeValue = child.nodeValue.replaceAll(from, to);
        changed++;
      } else if (child.nodeType === 1 && (child as Element).tagName !== 'SCRIPT') walk(child);
    }
  };
  walk(doc.body);
  return changed;
}

function insertBeforeSection(doc: Doc, heading: string, html: string): number {
  const h2 = Array.from(doc.querySelectorAll('main h2')).find((h) => text(h).startsWith(heading));
  if (!h2) return 0;
  h2.insertAdjacentHTML('beforebegin', html);
  return 1;
}

/** Applies the edits in order; an edit that matches nothing is an error (the page changed under the history). */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  const { document } = parseHTML(html);
  for (const edit of edits) {
    const hits =
      edit.kind === 'remove-section' ? removeSection(document, edit.heading)
      : edit.kind === 'remove-meta' ? removeMeta(document, edit.term)
      : edit.kind === 'remove-links' ? removeLinks(document, edit.hrefEndsWith)
      : edit.kind === 'remove-jsonld' ? Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.remove()).length
      : edit.kind === 'set-updated' ? setUpdated(document, edit.day)
      : edit.kind === 'replace-text' ? replaceText(document, edit.from, edit.to)
      : insertBeforeSection(document, edit.heading, edit.html);
    if (hits === 0 && !(edit.kind === 'replace-text' && edit.optional)) throw new Error(`edit matched nothing: ${JSON.stringify(edit)}`);
  }
  return `<!DOCTYPE html>\n${document.documentElement.outerHTML}`;
}
