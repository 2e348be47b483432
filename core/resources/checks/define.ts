import type { z } from 'zod';
import { NO_PARAMS } from '../../checks/define.js';
import { CheckMeta, type CheckOutcome } from '../../schemas/index.js';
import type { ResourceProfile } from '../schema.js';

/** What a resource check reads: the profile of the file and the audit time (ages are judged against it). */
export interface ResourceContext {
  readonly resource: ResourceProfile;
  readonly now: Date;
}

/** A check on a downloaded resource (a dataset or a document): metadata apart from logic, like page checks. */
export interface ResourceCheck<P = unknown> {
  readonly meta: CheckMeta;
  /** The thresholds this check reads from the rule set (weights and references live there too). */
  readonly params: z.ZodType<P>;
  evaluate(ctx: ResourceContext, params: P): CheckOutcome;
}

export function defineResourceCheck(meta: CheckMeta, evaluate: (ctx: ResourceContext) => CheckOutcome): ResourceCheck<Record<string, never>>;
export function defineResourceCheck<S extends z.ZodType>(
  meta: CheckMeta,
  params: S,
  evaluate: (ctx: ResourceContext, params: z.infer<S>) => CheckOutcome,
): ResourceCheck<z.infer<S>>;
export function defineResourceCheck(
  meta: CheckMeta,
  paramsOrEvaluate: z.ZodType | ((ctx: ResourceContext) => CheckOutcome),
  evaluate?: (ctx: ResourceContext, params: unknown) => CheckOutcome,
): ResourceCheck {
  if (typeof paramsOrEvaluate === 'function') return { meta: CheckMeta.parse(meta), params: NO_PARAMS, evaluate: paramsOrEvaluate };
  return { meta: CheckMeta.parse(meta), params: paramsOrEvaluate, evaluate: evaluate! };
}

export const TABLE_KINDS = new Set(['csv', 'tsv', 'xlsx', 'xls', 'ods', 'json', 'xml']);
export const TEXT_KINDS = new Set(['csv', 'tsv', 'json', 'xml']);
