/**
 * The seeded citizens' answers: a few hundred FeedbackRecords spread over the year. Whether an
 * answer says "useful" follows the page's audit score at that moment (shifted by how citizens see
 * the page, citizens.ts); the reasons follow the page's weakest criteria at that moment plus the
 * complaints the audit does not anticipate. Deterministic: same data on every machine.
 */
import { FeedbackReason, type AuditReport, type FeedbackRecord } from '../../core/schemas/index.js';
import { canonicalUrl, type PortalPage } from '../portal/catalog.js';
import { prng } from '../portal/tools/datasets.js';
import { COMMENTS, PERCEPTIONS } from './citizens.js';
import { FEEDBACK_FROM, FEEDBACK_UNTIL } from './timeline.js';

const ANSWERS_PER_TRAFFIC = 30;
const REASONS = FeedbackReason.options;

/** A stable 32-bit seed from a string (FNV-1a). */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A version 4 UUID drawn from the PRNG (the idempotency key of the record). */
function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, w] of weighted) if ((r -= w) <= 0) return item;
  return weighted[weighted.length - 1]![0];
}

/** The audit in force when an answer was given: the latest one fetched before it, else the first. */
function auditAt(audits: readonly AuditReport[], at: number): AuditReport {
  let current = audits[0]!;
  for (const a of audits) if (Date.parse(a.fetchedAt) <= at) current = a;
  return current;
}

export function feedbackHistory(page: PortalPage, audits: readonly AuditReport[]): FeedbackRecord[] {
  if (!audits.length) return [];
  const perception = PERCEPTIONS[page.slug] ?? { traffic: 1, bias: 0 };
  const random = prng(seedOf(`feedback:${page.site.id}:${page.slug}`));
  const from = Date.parse(FEEDBACK_FROM);
  const span = Date.parse(FEEDBACK_UNTIL) - from;
  const count = Math.round(ANSWERS_PER_TRAFFIC * perception.traffic * (0.85 + random() * 0.3));
  const records: FeedbackRecord[] = [];
  for (let i = 0; i < count; i++) {
    // Traffic grows over the year: later dates are a bit more likely (sqrt skews towards the end).
    const day = Math.floor(Math.sqrt(random()) * (span / 86_400_000));
    const at = from + day * 86_400_000 + (8 + Math.floor(random() * 13)) * 3_600_000 + Math.floor(random() * 3_600_000);
    const report = auditAt(audits, at);
    const score = report.score ?? 50;
    const useful = random() < Math.min(0.95, Math.max(0.05, 0.1 + 0.8 * (score / 100) + perception.bias));
    const reasons = new Set<FeedbackReason>();
    if (!useful) {
      const weights = REASONS.map((reason) => {
        const criterion = report.criteria.find((c) => c.id === reason);
        const gap = 100 - (criterion?.score ?? 50);
        return [reason, 5 + gap + (perception.complaints?.[reason] ?? 0)] as const;
      });
      reasons.add(pick(random, weights));
      if (random() < 0.3) reasons.add(pick(random, weights));
    }
    const first = [...reasons][0];
    const pool = useful ? COMMENTS.useful : first ? COMMENTS[first] : [];
    const comment = random() < 0.14 && pool.length ? pool[Math.floor(random() * pool.length)] : undefined;
    records.push({
      id: uuid(random),
      site: page.site.id,
      page: canonicalUrl(page),
      useful,
      reasons: [...reasons],
      ...(comment ? { comment } : {}),
      locale: random() < 0.06 ? 'en' : 'es-MX',
      createdAt: new Date(at).toISOString(),
    });
  }
  return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
