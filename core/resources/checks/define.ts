import { CheckMeta, type CheckOutcome } from '../../schemas/index.js';
import type { ResourceProfile } from '../schema.js';

/** What a resource check reads: the profile of the file and the audit time (ages are judged against it). */
export interface ResourceContext {
  readonly resource: ResourceProfile;
  readonly now: Date;
}

/** A check on a downloaded resource (a dataset or a document): metadata apart from logic, like page checks. */
export interface ResourceCheck {
  readonly meta: CheckMeta;
  evaluate(ctx: ResourceContext): CheckOutcome;
}

export function defineResourceCheck(meta: CheckMeta, evaluate: (ctx: ResourceContext) => CheckOutcome): ResourceCheck {
  return { meta: CheckMeta.parse(meta), evaluate };
}

export const TABLE_KINDS = new Set(['csv', 'tsv', 'xlsx', 'xls', 'ods', 'json', 'xml']);
export const TEXT_KINDS = new Set(['csv', 'tsv', 'json', 'xml']);
