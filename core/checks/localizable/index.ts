import type { Check } from '../define.js';
import { descriptiveLinks } from './descriptive-links.js';
import { descriptiveTitle } from './descriptive-title.js';
import { findabilityReview } from './findability-review.js';
import { metaDescription } from './meta-description.js';
import { navigationPath } from './navigation-path.js';
import { stableCleanUrl } from './stable-clean-url.js';
import { structuredDataMarkup } from './structured-data-markup.js';

export const checks: readonly Check[] = [
  descriptiveTitle,
  metaDescription,
  navigationPath,
  stableCleanUrl,
  descriptiveLinks,
  structuredDataMarkup,
  findabilityReview,
];
