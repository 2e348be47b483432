import type { FeedbackAck } from '../../../core/schemas/index.js';
import type { Deps } from '../http/context.js';
import type { FeedbackSubmission } from '../validation.js';
import { spamReason } from './check.js';

/**
 * Stores a validated answer unless the spam rules refuse it. A refused answer is only counted
 * (site, day, reason) and gets the acknowledgement a first store would, `{ id, stored: true }`:
 * no oracle for a bot, and nothing different for the widget to show.
 */
export async function storeUnlessSpam(deps: Deps, record: FeedbackSubmission, ip: string): Promise<FeedbackAck> {
  const reason = deps.spam ? await spamReason(record, ip, deps.spam, deps.store) : null;
  if (reason === null) return deps.store.insertFeedback(record);
  await deps.store.countRefusal(record.site, reason);
  return { id: record.id, stored: true };
}
