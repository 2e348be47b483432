import type { Inspector } from './head-check.js';

/**
 * The inspector for contexts that are pages (Chrome's offscreen document, Firefox's background
 * page): the readers (csv-parse, PDF.js, SheetJS) load on the first inspection, never for an
 * ordinary audit. Chrome's service worker cannot load code later, so it asks the runner instead.
 */
export const lazyInspect: Inspector = async (urls, options) => (await import('./inspect.js')).inspectDownloads(urls, options);
