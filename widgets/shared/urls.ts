/**
 * The page an answer is about: its address without query string or fragment (they may carry
 * personal data, session ids or search terms). The collector normalises the rest.
 */
export function pageAddress(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}

/** An http(s) URL, resolved against `base` when relative; null for anything else (javascript:…). */
export function httpUrl(value: string | null | undefined, base: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
