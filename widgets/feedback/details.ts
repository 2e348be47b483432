/**
 * What <proactiva-feedback> loads on the visitor's first interaction (preloaded on hover or
 * focus): the reasons form with its strings and styles, the scrubber and record builder, and the
 * IndexedDB outbox with its delivery loop. Kept out of the first load so that the question and
 * its buttons arrive in as few bytes as possible (issue 11).
 */
export { detailStyles } from './detail-styles.js';
export { deliveryFor, FeedbackForm } from './form.js';
export { STRINGS_ES } from './strings.js';
