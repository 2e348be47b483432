import type { Check } from '../define.js';
import { bulkOrApiAccess } from './bulk-or-api-access.js';
import { licenceDeclared } from './licence-declared.js';
import { licenceOpen } from './licence-open.js';
import { noAccessWalls } from './no-access-walls.js';
import { reuseTermsReview } from './reuse-terms-review.js';

export const checks: readonly Check[] = [licenceDeclared, licenceOpen, noAccessWalls, bulkOrApiAccess, reuseTermsReview];
