import { browser } from '@wxt-dev/browser';

/** The match pattern that covers one origin (any port is not implied: patterns ignore ports). */
export function originPattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}

/** Distinct origin patterns of a list of URLs (what to ask the auditor for). */
export function originPatterns(urls: readonly string[]): string[] {
  return [...new Set(urls.map(originPattern).filter((p): p is string => p !== null))];
}

/**
 * Runs a permissions call on the origin of `url`; false for a URL without one or when the call
 * fails. `call` runs at once (no await before it), so a request keeps the click's user gesture.
 */
async function onOriginOf(url: string, call: (origins: string[]) => Promise<boolean>): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  try {
    return await call([pattern]);
  } catch {
    return false;
  }
}

/** True when an optional host permission covering `url` was granted. */
export const hasHostPermission = (url: string): Promise<boolean> => onOriginOf(url, (origins) => browser.permissions.contains({ origins }));

/**
 * Asks for host permissions (must run inside a click handler: browsers only show the prompt on
 * a user gesture). Resolves false when refused or not possible.
 */
export async function requestHostPermissions(urls: readonly string[]): Promise<boolean> {
  const origins = originPatterns(urls);
  if (origins.length === 0) return true;
  try {
    if (await browser.permissions.contains({ origins })) return true;
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}

/**
 * Asks for host access to one page's origin, calling permissions.request at once (so the click's
 * user gesture still holds). Resolves false when refused or not possible; a browser that cannot
 * show the prompt may leave it pending, so callers must not wait on it before their own work.
 */
export const askHostAccess = (url: string): Promise<boolean> => onOriginOf(url, (origins) => browser.permissions.request({ origins }));

/** Same origin (scheme, host, port) — what activeTab grants beside the tab itself. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
