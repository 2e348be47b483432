import type { Check } from '../define.js';
import { feedbackActedReview } from './feedback-acted-review.js';
import { feedbackMechanism } from './feedback-mechanism.js';
import { usageFigures } from './usage-figures.js';
import { usefulnessQuestion } from './usefulness-question.js';

export const checks: readonly Check[] = [feedbackMechanism, usefulnessQuestion, usageFigures, feedbackActedReview];
