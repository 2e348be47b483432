import type { Check } from '../define.js';
import { contactDetails } from './contact-details.js';
import { crossCheckReview } from './cross-check-review.js';
import { downloadsNotBroken } from './downloads-not-broken.js';
import { officialDomain } from './official-domain.js';
import { responsibleArea } from './responsible-area.js';
import { secureConnection } from './secure-connection.js';
import { sourceMethodology } from './source-methodology.js';

export const checks: readonly Check[] = [
  responsibleArea,
  contactDetails,
  sourceMethodology,
  officialDomain,
  secureConnection,
  downloadsNotBroken,
  crossCheckReview,
];
