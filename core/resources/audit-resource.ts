import { assemble, containedResult, parseRules, scoringRules, type AuditOptions } from '../audit.js';
import { AuditInputError } from '../errors.js';
import { AsOfDate, DEFAULT_PROFILE, endOfDay, Profile, ReviewAnswer, type AuditReport, type ProfileInput } from '../schemas/index.js';
import { clip } from '../signals/dom.js';
import { RESOURCE_CHECKS, type ResourceCheck, type ResourceContext } from './checks/index.js';
import { ResourceProfile, type ResourceProfileInput } from './schema.js';

export interface ResourceAuditOptions {
  profile?: ProfileInput;
  reviews?: readonly ReviewAnswer[];
  /** When the resource was read (ISO 8601); ages are judged against it. Defaults to the clock. */
  fetchedAt?: string;
  checks?: readonly ResourceCheck[];
  clock?: () => number;
  /** Verification date (YYYY-MM-DD): content dates are judged as of the end of that day. */
  asOf?: string;
  /** The rule set (as for page audits); default: the general law in force on the verification date. */
  rules?: AuditOptions['rules'];
}

const issues = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);

/**
 * Scores a downloaded resource (dataset or document) on the criteria that apply to a file:
 * formatos-abiertos, completa, actualizada, comprensible, accesible, reutilizable. The others stay
 * undecided. Same report shape as a page audit, so renderers, rescore and the tablero take it as is.
 */
export function auditResource(input: ResourceProfileInput, options: ResourceAuditOptions = {}): AuditReport {
  const clock = options.clock ?? Date.now;
  const t0 = clock();
  const parsed = ResourceProfile.safeParse(input);
  if (!parsed.success) throw new AuditInputError('invalid resource profile', issues(parsed.error));
  const profile = options.profile ? Profile.safeParse(options.profile) : { success: true as const, data: DEFAULT_PROFILE };
  if (!profile.success) throw new AuditInputError('invalid profile', issues(profile.error));
  const reviews = ReviewAnswer.array().safeParse(options.reviews ?? []);
  if (!reviews.success) throw new AuditInputError('invalid review answers', issues(reviews.error));
  const asOf = options.asOf === undefined ? undefined : AsOfDate.safeParse(options.asOf);
  if (asOf && !asOf.success) throw new AuditInputError('invalid verification date', issues(asOf.error));
  const fetchedAt = options.fetchedAt ?? new Date(t0).toISOString();
  const ctx: ResourceContext = { resource: parsed.data, now: asOf ? endOfDay(asOf.data) : new Date(fetchedAt) };
  const rules = parseRules(options.rules, asOf?.data ?? fetchedAt.slice(0, 10));
  const results = (options.checks ?? RESOURCE_CHECKS)
    .filter((check) => rules.checks[check.meta.id])
    .map((check) => {
      const rule = rules.checks[check.meta.id]!;
      return containedResult(check.meta, rule, () => check.evaluate(ctx, check.params.parse(rule.params)));
    });
  const t1 = clock();
  return assemble(
    {
      url: parsed.data.url,
      title: clip(parsed.data.pdf?.title || parsed.data.name, 500),
      fetchedAt,
      auditedAt: new Date(clock()).toISOString(),
      asOf: asOf?.data ?? fetchedAt.slice(0, 10),
      timings: { totalMs: t1 - t0, signalsMs: 0, checksMs: t1 - t0 },
      truncated: parsed.data.truncated.length > 0,
      truncation: [...parsed.data.truncated],
    },
    results,
    profile.data,
    reviews.data,
    scoringRules(rules),
  );
}
