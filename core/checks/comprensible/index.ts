import type { Check } from '../define.js';
import { acronymsDefined } from './acronyms-defined.js';
import { directAddress } from './direct-address.js';
import { legalJargon } from './legal-jargon.js';
import { longSentences } from './long-sentences.js';
import { plainStructure } from './plain-structure.js';
import { readabilityFernandezHuerta } from './readability-fernandez-huerta.js';
import { readabilityInflesz } from './readability-inflesz.js';
import { understandableReview } from './understandable-review.js';

export const checks: readonly Check[] = [
  readabilityFernandezHuerta,
  readabilityInflesz,
  longSentences,
  legalJargon,
  acronymsDefined,
  plainStructure,
  directAddress,
  understandableReview,
];
