import { browser } from '@wxt-dev/browser';

/** The browser tab an audit is about. `url`/`title` are known only where the extension has access. */
export interface TargetTab {
  id: number;
  windowId: number;
  url?: string;
  title?: string;
}

const isWebUrl = (url: string | undefined): url is string => typeof url === 'string' && /^https?:\/\//i.test(url);

function toTarget(tab: { id?: number; windowId?: number; url?: string; title?: string }): TargetTab | null {
  if (tab.id === undefined || tab.id < 0) return null;
  return { id: tab.id, windowId: tab.windowId ?? -1, ...(tab.url ? { url: tab.url } : {}), ...(tab.title ? { title: tab.title } : {}) };
}

/**
 * Which tab the panel audits: `?tabId=` when given (tests, the popup), else the active tab of the
 * panel's window; when the panel itself is a tab (opened as a page), the most recently used other
 * tab whose web address the extension can see.
 */
export async function findTargetTab(params: URLSearchParams): Promise<TargetTab | null> {
  const requested = Number(params.get('tabId'));
  if (Number.isSafeInteger(requested) && requested > 0) {
    try {
      return toTarget(await browser.tabs.get(requested));
    } catch {
      return null;
    }
  }
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active && active.id !== self?.id) return toTarget(active);
  const tabs = await browser.tabs.query({});
  const recent = tabs
    .filter((tab) => tab.id !== self?.id && isWebUrl(tab.url))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return recent[0] ? toTarget(recent[0]) : null;
}

export const canAuditUrl = (url: string | undefined): boolean => url === undefined || isWebUrl(url);
