/**
 * proactiva-widgets.js: every widget in one module. Importing it defines <proactiva-feedback>,
 * <proactiva-summary> and <proactiva-score>.
 */
export { ProactivaFeedback } from './feedback/index.js';
export { ProactivaSummary } from './summary/index.js';
export { ProactivaScore } from './score/index.js';
export type { DeliveryEvent } from './client/delivery.js';
