import type { FeedbackReason } from '../../core/schemas/feedback.js';

/**
 * The reasons a citizen can tick, in the order they are shown, each the citizens' signal of one
 * criterion (design §2). `satisfies` keeps this list and core's FeedbackReason in step.
 */
export const REASON_ORDER = [
  'localizable',
  'comprensible',
  'actualizada',
  'completa',
  'formatos-abiertos',
  'accesible',
  'confiable',
  'pertinente',
] as const satisfies readonly FeedbackReason[];

/** Compile-time check that every FeedbackReason is listed. */
type Missing = Exclude<FeedbackReason, (typeof REASON_ORDER)[number]>;
const complete: Missing extends never ? true : never = true;
void complete;

export function isReason(value: string): value is FeedbackReason {
  return (REASON_ORDER as readonly string[]).includes(value);
}

/** Known reasons only, each once, in display order. */
export function orderedReasons(values: Iterable<string>): FeedbackReason[] {
  const set = new Set(values);
  return REASON_ORDER.filter((r) => set.has(r));
}
