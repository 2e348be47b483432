/** Privacy helpers shared by the widgets, the extension and the collector. Pure, no DOM. */
export { scrubPii, type ScrubResult } from './scrub.js';
export { PII_KINDS, PII_TOKENS, type PiiKind } from './kinds.js';
export { luhnValid } from './luhn.js';
