import type { CheckResult, ReviewAnswer } from '../schemas/index.js';

const ANSWER_OUTCOME = {
  si: { status: 'pass', score: 1 },
  parcial: { status: 'partial', score: 0.5 },
  no: { status: 'fail', score: 0 },
  'no-aplica': { status: 'not-applicable', score: null },
} as const;

/** Applies an auditor's answer to a check result: the answer decides it (1 / 0.5 / 0 / n.a.). */
export function applyAnswer(check: CheckResult, answer: ReviewAnswer): CheckResult {
  const outcome = ANSWER_OUTCOME[answer.answer];
  const original = check.original ?? { status: check.status, score: check.score };
  return { ...check, status: outcome.status, score: outcome.score, review: answer, original };
}

/** Removes an auditor's answer, restoring the check's own outcome. */
export function withdrawAnswer(check: CheckResult): CheckResult {
  if (!check.review) return check;
  const { review: _review, original, ...rest } = check;
  return original ? { ...rest, status: original.status, score: original.score } : rest;
}
