/**
 * What <proactiva-feedback> loads on the visitor's first interaction (preloaded on hover or
 * focus): the reasons form's strings and styles, the scrubber and record builder, and the
 * IndexedDB outbox with its delivery loop. Kept out of the first load so that the question and
 * its buttons arrive in as few bytes as possible (issue 11).
 */
export { browserDelivery } from '../client/browser.js';
export { trackPendingAnswers } from '../client/pending-marker.js';
export { detailStyles } from './detail-styles.js';
export { detailsView, thanksView } from './details-view.js';
export { buildRecord, prepareComment } from './record.js';
export { describeRemoved, STRINGS } from './strings.js';
