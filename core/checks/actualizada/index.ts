import type { Check } from '../define.js';
import { latestPeriodReview } from './latest-period-review.js';
import { periodCovered } from './period-covered.js';
import { updateAge } from './update-age.js';
import { updateDate } from './update-date.js';
import { updatePeriodicity } from './update-periodicity.js';

export const checks: readonly Check[] = [updateDate, updatePeriodicity, updateAge, periodCovered, latestPeriodReview];
