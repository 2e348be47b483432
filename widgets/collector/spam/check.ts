import type { RefusalReason } from '../../../core/schemas/index.js';
import type { SpamRules } from '../options.js';
import type { Store } from '../store/index.js';
import { scrubComment, type FeedbackSubmission } from '../validation.js';
import { hashed, networkOf } from './network.js';

/**
 * Why an answer that passed validation is spam, or null. Cheapest first: the honeypot, the time
 * on the form, the same comment already on many pages of the site, then a burst from the sender's
 * network on this site (counted for every answer that gets this far, so a burst is refused from
 * its (limit+1)th answer on).
 */
export async function spamReason(record: FeedbackSubmission, ip: string, rules: SpamRules, store: Store, now = Date.now()): Promise<RefusalReason | null> {
  if (record.honeypot !== undefined && record.honeypot.trim() !== '') return 'honeypot';
  if (record.elapsedMs !== undefined && record.elapsedMs < rules.minAnswerMs) return 'too_fast';
  // Compared as it would be stored: scrubbed of personal data.
  const comment = scrubComment(record).comment ?? '';
  if (comment.trim().length >= rules.repeatedCommentMinLength) {
    const since = new Date(now - rules.repeatedCommentWindowMs).toISOString();
    const pages = await store.pagesWithComment({ site: record.site, comment, since, exceptPage: record.page });
    if (pages >= rules.repeatedCommentPages) return 'repeated_comment';
  }
  const network = hashed(store.salt, networkOf(ip));
  const { hits } = await store.counters.hit(`burst:${record.site}:${network}`, rules.networkBurstWindowMs, now);
  if (hits > rules.networkBurstLimit) return 'network_burst';
  return null;
}
