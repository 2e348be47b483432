import type { Check } from '../define.js';
import { dataDictionary } from './data-dictionary.js';
import { datasetMetadata } from './dataset-metadata.js';
import { downloadsReachable } from './downloads-reachable.js';
import { missingReview } from './missing-review.js';
import { noEmptySections } from './no-empty-sections.js';
import { wholeSeries } from './whole-series.js';

export const checks: readonly Check[] = [dataDictionary, datasetMetadata, wholeSeries, noEmptySections, downloadsReachable, missingReview];
