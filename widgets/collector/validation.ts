import { z } from 'zod';
import { cleanStrings, scrubPii } from '../../core/privacy/index.js';
import { COMMENT_MAX, FeedbackRecord, PageUrl, type Locale } from '../../core/schemas/index.js';

/** One problem with an input: the JSON path (or parameter) at fault and what is wrong. */
export interface InputIssue {
  field: string | null;
  code: string;
  message: string;
}

/** Input that failed validation at a boundary (HTTP body, query, or the Node API). */
export class InvalidInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; '));
    this.name = 'InvalidInputError';
  }
}

const fieldOf = (path: readonly PropertyKey[], prefix?: string): string | null => {
  const parts = [prefix, ...path.map(String)].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join('.') : null;
};

const ERROR_MAPS = { 'es-MX': z.locales.es().localeError, en: z.locales.en().localeError };

/**
 * Parses with a zod schema; throws InvalidInputError naming each field at fault (messages in the
 * locale). Every string is cleaned first (core/privacy/clean-text.ts: controls removed, lone
 * surrogates replaced), so every engine stores the same text and none refuses it.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix?: string, locale: Locale = 'es-MX'): z.output<S> {
  const result = schema.safeParse(cleanStrings(input), { error: ERROR_MAPS[locale] });
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((issue) => ({ field: fieldOf(issue.path, prefix), code: issue.code, message: issue.message })),
  );
}

const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** A feedback record as the collector accepts it: the shared schema, with the page URL normalised. */
export const FeedbackSubmission = FeedbackRecord.extend({
  page: PageUrl,
  // A clock a little ahead is tolerated; a date far in the future would skew the monthly series.
  createdAt: FeedbackRecord.shape.createdAt.refine((v) => Date.parse(v) <= Date.now() + FUTURE_TOLERANCE_MS, 'createdAt is in the future'),
});
export type FeedbackSubmission = z.output<typeof FeedbackSubmission>;

const validated = new WeakSet<object>();

/** Validates a feedback submission once: a record this function returned passes through again unparsed. */
export function parseFeedback(input: unknown, locale: Locale = 'es-MX'): FeedbackSubmission {
  if (typeof input === 'object' && input !== null && validated.has(input)) return input as FeedbackSubmission;
  const record = parseInput(FeedbackSubmission, input, undefined, locale);
  validated.add(record);
  return record;
}

/**
 * Defence in depth: the widget scrubs personal data from comments before sending, and the
 * collector scrubs again with the same rules (core/privacy) before storing, so a client that
 * skipped it stores no CURP, RFC, e-mail, phone or card number either. Deterministic, so a retried
 * record is stored the same way.
 */
export function scrubComment<T extends { comment?: string | undefined; locale: Locale }>(record: T): T {
  if (!record.comment) return record;
  const { text, total } = scrubPii(record.comment, record.locale);
  if (total === 0) return record;
  // Tokens can be longer than what they replace; keep within the schema's limit, on a code point.
  return { ...record, comment: Array.from(text).slice(0, COMMENT_MAX).join('').slice(0, COMMENT_MAX) };
}
