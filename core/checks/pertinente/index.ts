import type { Check } from '../define.js';
import { audienceDefined } from './audience-defined.js';
import { beyondCompliance } from './beyond-compliance.js';
import { demandReview } from './demand-review.js';
import { purposeStated } from './purpose-stated.js';
import { serviceFacts } from './service-facts.js';
import { topicSummary } from './topic-summary.js';

export const checks: readonly Check[] = [beyondCompliance, purposeStated, audienceDefined, topicSummary, serviceFacts, demandReview];
