/**
 * Issue 14: field-level fuzz over the FeedbackRecord and AuditReport shapes, sent over real HTTP
 * to a collector on every engine of the run (SQLite always, PostgreSQL when PROACTIVA_TEST_PG_URL
 * is set). Each generated body goes to every engine; none may answer 5xx, and every engine must
 * answer the same status, code and field. Strings hold NUL and other controls, lone surrogates,
 * bidi overrides, zero-width characters and 100 KB runs. PROACTIVA_FC_RUNS scales the runs.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReport } from './audit-fixture.js';
import { bearer, ENGINES, postFeedback, record, siteFixture, startTestCollector, type TestCollector } from './harness.js';

const RUNS = Number(process.env.PROACTIVA_FC_RUNS) || 200;

/** A UTF-16 code unit of any kind: lone surrogates and controls included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const nasty = fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f', '\uD800', '\uDFFF', '\uDE00\uD83D', '\u202E', '\u202D', '\u2066', '\u2069', '\u200B', '\u200F', '\uFEFF', '\uFFFE', '\r\n', '\t', '"', '\\', '=');
const hundredKb = fc.tuple(fc.constantFrom('a', 'ñ', '\u0000', '\uD800', '\u202E', '😀'), fc.constantFrom('', 'x', '\u0000')).map(([unit, tail]) => unit.repeat(100_000 / unit.length) + tail);

/** A hostile string: short mixes, longer mixes, or a 100 KB run. */
const hostileString = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.oneof(nasty, anyUnit, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.array(fc.oneof(nasty, anyUnit), { minLength: 450, maxLength: 700 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: hundredKb },
);
/** What a field may be replaced with: a hostile string, hostile text around the field's own value, or another JSON type. */
const replacement = (original: string) =>
  fc.oneof(
    { weight: 4, arbitrary: hostileString },
    { weight: 4, arbitrary: fc.tuple(hostileString, fc.nat(original.length)).map(([s, at]) => original.slice(0, at) + s + original.slice(at)) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 0, -1, true, [], {}, ['\u0000'], { '\u0000': '\u0000' }) },
  );

type Path = (string | number)[];

/** Paths of every string in a JSON value. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

const getAt = (value: unknown, path: Path): unknown => path.reduce<any>((node, key) => node?.[key], value);

function setAt<T>(value: T, path: Path, replacementValue: unknown): T {
  const copy = structuredClone(value);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = replacementValue;
  return copy;
}

/**
 * Up to `max` string fields of `base` (at the given paths) replaced with hostile values; the
 * free-text fields (`favoured`) are picked three times as often, so that most cases stay valid
 * elsewhere and reach the database.
 */
function mutations<T>(base: T, paths: Path[], max: number, favoured: Path[] = []): fc.Arbitrary<T> {
  const pick = favoured.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...favoured) }, { weight: 1, arbitrary: fc.constantFrom(...paths) }) : fc.constantFrom(...paths);
  const one = pick.chain((path) => replacement(String(getAt(base, path))).map((v) => [path, v] as const));
  return fc.array(one, { minLength: 1, maxLength: max }).map((edits) => edits.reduce((acc, [path, v]) => setAt(acc, path, v), base));
}

interface Answer {
  status: number;
  code?: string;
  field?: string | null;
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return body?.error ? { status: response.status, code: body.error.code, field: body.error.field } : { status: response.status };
}

describe('field fuzz on every engine', () => {
  const collectors: TestCollector[] = [];
  const site = siteFixture('agua-estado');
  let counter = 0;

  beforeAll(async () => {
    for (const engine of ENGINES) {
      const collector = await startTestCollector(engine);
      collectors.push(collector);
      await collector.store.registerSite(site);
    }
  });
  afterAll(async () => {
    await Promise.all(collectors.map((c) => c.stop()));
  });

  /** Sends one body to every engine; asserts no 5xx and the same answer everywhere. */
  async function sendEverywhere(send: (collector: TestCollector) => Promise<Response>): Promise<void> {
    const answers: Answer[] = [];
    for (const collector of collectors) answers.push(await answerOf(await send(collector)));
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  }

  it(`FeedbackRecord: ${RUNS} mutated records, no 5xx, the same answer on ${ENGINES.join(' and ')}`, { timeout: 300_000 }, async () => {
    const base = record({ comment: 'La tabla de tarifas no dice de qué año es.', reasons: ['actualizada'] });
    const paths = stringPaths(base);
    await fc.assert(
      fc.asyncProperty(mutations(base, paths, 2, [['comment'], ['page']]), async (mutated) => {
        // A fresh uuid per case (unless the case mutates it), so each one reaches the insert.
        const body = mutated.id === base.id ? { ...mutated, id: crypto.randomUUID() } : mutated;
        await sendEverywhere((collector) => postFeedback(collector.url, body, site.publicKey));
      }),
      { numRuns: RUNS },
    );
  });

  it(`AuditReport: ${Math.ceil(RUNS / 4)} mutated reports, no 5xx, the same answer on ${ENGINES.join(' and ')}`, { timeout: 300_000 }, async () => {
    const base = auditReport('https://agua.example.gob.mx/datos/tarifas');
    const paths = stringPaths(base).filter((p) => p[0] !== 'auditedAt');
    await fc.assert(
      fc.asyncProperty(mutations(base, paths, 4), async (mutated) => {
        // A distinct auditedAt per case, so each valid report is a new row rather than a replay.
        const auditedAt = new Date(Date.UTC(2026, 0, 1) + ++counter * 60_000).toISOString();
        const body = JSON.stringify({ site: site.id, report: { ...mutated, auditedAt } });
        await sendEverywhere((collector) =>
          fetch(`${collector.url}/v1/audits`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(site.token) }, body }),
        );
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
