/**
 * 1,000 requests to POST /v1/feedback that must all be refused with a 4xx: malformed JSON,
 * invalid UTF-8, oversized bodies (declared and streamed), wrong types and values in every field,
 * injection strings, prototype-pollution keys, bad headers. Deterministic: fast-check samples
 * with a fixed seed, so a failure names a case that can be replayed.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ORIGIN, record } from './harness.js';

export interface HostileRequest {
  name: string;
  method?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array | 'stream-oversized';
}

const SEED = 20_260_401;
const sample = <T>(arb: fc.Arbitrary<T>, n: number, seed: number): T[] => fc.sample(arb, { numRuns: n, seed });

/** Values that are invalid for each field of a FeedbackRecord. */
const INVALID: Record<string, unknown[]> = {
  id: ['', 'x', '123', `${randomUUID()}0`, "'; DROP TABLE feedback; --", 42, null, {}, [], '00000000-0000-0000-0000-00000000000g'],
  site: ['', 'ab', 'Agua-Estado', '../../etc/passwd', "x' OR '1'='1", 'a'.repeat(101), 7, null, ['agua-estado'], 'agua estado'],
  page: ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'http://', '/relativa', `https://x.gob.mx/${'a'.repeat(2_100)}`, '', 3, null, 'ftp://x.mx/a'],
  useful: ['true', 'sí', 1, 0, null, [], {}, 'false', '', 'yes'],
  reasons: ['completa', [1], ['__proto__'], ['constructor'], [null], Array(9).fill('completa'), {}, ['reutilizable'], ['<script>'], 'actualizada;completa'],
  comment: ['x'.repeat(501), 5, [], {}, true],
  locale: ['fr', 'ES-mx', '', 0, null, 'es'],
  createdAt: ['ayer', '2026-13-45T00:00:00Z', '2026-03-01', 0, null, '2099-01-01T00:00:00Z', '2026-03-01T10:00:00', 'Sun, 01 Mar 2026 10:00:00 GMT'],
};

export function hostileRequests(key: string): HostileRequest[] {
  const json = (body: unknown, extra: Record<string, string> = {}): HostileRequest['headers'] => ({
    'content-type': 'application/json',
    'x-proactiva-key': key,
    origin: ORIGIN,
    ...extra,
  });
  const cases: HostileRequest[] = [];
  const add = (name: string, body: HostileRequest['body'], headers = json(body), method?: string) =>
    cases.push({ name, body, headers, ...(method ? { method } : {}) });

  // 1. Every invalid value of every field, on an otherwise valid record (80 cases, repeated with
  //    hostile extra keys and __proto__ so pollution attempts travel with an invalid field).
  for (const [field, values] of Object.entries(INVALID)) {
    for (const [i, value] of values.entries()) {
      add(`field ${field} #${i}`, JSON.stringify({ ...record(), [field]: value }));
      add(`field ${field} #${i} + __proto__`, `{"__proto__":{"useful":true,"polluted":1},"constructor":{"prototype":{"polluted":1}},${JSON.stringify({ ...record(), [field]: value }).slice(1)}`);
    }
  }
  // 2. Required fields missing, one at a time and all at once.
  for (const field of ['id', 'site', 'page', 'useful', 'createdAt']) {
    const { [field]: _drop, ...rest } = record() as Record<string, unknown>;
    add(`missing ${field}`, JSON.stringify(rest));
  }
  add('empty object', '{}');
  // 3. Arbitrary JSON values (none is a valid record).
  for (const [i, value] of sample(fc.jsonValue({ maxDepth: 4 }), 220, SEED).entries()) add(`json value #${i}`, JSON.stringify(value));
  // 4. Malformed text: truncations of a valid body, random strings, invalid UTF-8.
  const valid = JSON.stringify(record());
  for (let cut = 1; cut < valid.length; cut += Math.ceil(valid.length / 60)) add(`truncated at ${cut}`, valid.slice(0, cut));
  for (const [i, text] of sample(fc.string({ unit: 'binary', maxLength: 300 }), 120, SEED + 1).entries()) add(`random text #${i}`, text.startsWith('{') ? `x${text}` : text || 'x');
  for (const [i, bytes] of sample(fc.uint8Array({ minLength: 1, maxLength: 200 }), 60, SEED + 2).entries()) {
    add(`invalid utf-8 #${i}`, Uint8Array.from([0x7b, 0x22, 0xc3, 0x28, 0xff, ...bytes]));
  }
  add('deep nesting', '['.repeat(8_000) + ']'.repeat(8_000));
  add('nul bytes', `{"id":"\u0000","site":"\u0000"}`);
  // 5. Oversized: declared by Content-Length and streamed in chunks without one.
  for (const size of [8 * 1024 + 1, 9_000, 16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024]) {
    add(`oversized ${size}`, JSON.stringify({ ...record(), comment: 'a'.repeat(size) }));
  }
  for (let i = 0; i < 4; i++) add(`oversized streamed #${i}`, 'stream-oversized');
  // 6. Headers and methods that are wrong.
  const body = JSON.stringify(record());
  const headerCases: [string, Record<string, string>][] = [
    ['no key', { 'content-type': 'application/json', origin: ORIGIN }],
    ['unknown key', json(body, { 'x-proactiva-key': 'pk_0000000000000000000000' })],
    ['key too long', json(body, { 'x-proactiva-key': `pk_${'a'.repeat(2_000)}` })],
    ['key with sql', json(body, { 'x-proactiva-key': "pk_' OR 1=1 --" })],
    ['no origin', { 'content-type': 'application/json', 'x-proactiva-key': key }],
    ['unknown origin', json(body, { origin: 'https://evil.example.com' })],
    ['origin with path', json(body, { origin: `${ORIGIN}/x` })],
    ['null origin', json(body, { origin: 'null' })],
    ['form content type', json(body, { 'content-type': 'application/x-www-form-urlencoded' })],
    ['multipart content type', json(body, { 'content-type': 'multipart/form-data; boundary=x' })],
    ['no content type', { 'x-proactiva-key': key, origin: ORIGIN }], // bytes body: fetch adds no type
    ['xml content type', json(body, { 'content-type': 'application/xml' })],
  ];
  while (cases.length < 1_000 - 40) {
    const [name, headers] = headerCases[cases.length % headerCases.length]!;
    add(`header: ${name}`, name === 'no content type' ? new TextEncoder().encode(body) : body, headers);
  }
  for (let i = 0; cases.length < 1_000; i++) add(`method ${i % 2 ? 'PUT' : 'PATCH'}`, body, json(body), i % 2 ? 'PUT' : 'PATCH');
  return cases;
}
