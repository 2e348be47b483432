import type { Check } from '../define.js';
import { accessibleContent } from './accessible-content.js';
import { alternativeVersionsReview } from './alternative-versions-review.js';
import { axeViolations } from './axe-violations.js';
import { controlsNamed } from './controls-named.js';
import { dataTableHeaders } from './data-table-headers.js';
import { headingStructure } from './heading-structure.js';
import { htmlLang } from './html-lang.js';
import { imagesAlt } from './images-alt.js';
import { zoomAllowed } from './zoom-allowed.js';

export const checks: readonly Check[] = [
  htmlLang,
  imagesAlt,
  zoomAllowed,
  headingStructure,
  controlsNamed,
  dataTableHeaders,
  accessibleContent,
  axeViolations,
  alternativeVersionsReview,
];
