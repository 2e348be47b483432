import type { Delivery } from './delivery.js';

/**
 * Ties delivery to the page's life: when the page is hidden or unloaded, waiting records go out
 * as keepalive requests; when the browser comes back online, or the page is restored from the
 * back/forward cache, everything waiting is tried at once. Returns a function that unbinds.
 */
export function watchPageLifecycle(delivery: Delivery, win: Window): () => void {
  const onHide = () => delivery.flushOnHide();
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') onHide();
  };
  const onOnline = () => void delivery.flush({ all: true });
  const onShow = (event: PageTransitionEvent) => {
    if (event.persisted) void delivery.flush({ all: true });
  };
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('online', onOnline);
  win.addEventListener('pageshow', onShow);
  return () => {
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('online', onOnline);
    win.removeEventListener('pageshow', onShow);
  };
}
