/**
 * Finds the element an evidence selector points at. Selectors come from a report (the core's
 * `cssSelector`, or axe-core's targets where " >>> " crosses into a shadow root or frame), so they
 * are page data: an invalid one finds nothing instead of throwing.
 */
export function findElement(doc: Document, selector: string): Element | null {
  const parts = selector.split(' >>> ').map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  let scope: Document | ShadowRoot = doc;
  let found: Element | null = null;
  for (const part of parts) {
    try {
      found = scope.querySelector(part);
    } catch {
      return null;
    }
    if (!found) return null;
    const next: ShadowRoot | Document | null = found.shadowRoot ?? (found as HTMLIFrameElement).contentDocument ?? null;
    if (next) scope = next;
  }
  return found;
}
