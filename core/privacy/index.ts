/** Privacy helpers shared by the widgets, the extension and the collector. Pure, no DOM. */
export { cleanStrings, cleanText } from './clean-text.js';
export { scrubPii, type ScrubResult } from './scrub.js';
export { PII_KINDS, PII_TOKENS, type PiiKind } from './kinds.js';
export { luhnValid } from './luhn.js';
