/**
 * Property: a generated CURP, RFC, e-mail, Mexican phone number or test card number, in any of its
 * written forms and surrounded by arbitrary ordinary words and numbers, never survives the
 * scrubber. (Words that deliberately exempt a number, such as "folio" or "pesos", are left out:
 * the table test covers them.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubPii } from '../../../core/privacy/index.js';

const RUNS = Number(process.env.PROACTIVA_FC_RUNS) || 300;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letters = (n: number) => fc.string({ unit: fc.constantFrom(...UPPER), minLength: n, maxLength: n });
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const yymmdd = fc
  .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => [y, m, d].map((n) => String(n).padStart(2, '0')).join(''));

const curp = fc
  .tuple(letters(4), yymmdd, fc.constantFrom('H', 'M', 'X'), letters(5), fc.constantFrom(...UPPER, ...'0123456789'), digits(1))
  .map((parts) => parts.join(''));
const rfc = fc
  .tuple(fc.integer({ min: 3, max: 4 }).chain(letters), yymmdd, fc.string({ unit: fc.constantFrom(...UPPER, ...'0123456789'), minLength: 3, maxLength: 3 }))
  .map(([l, d, h]) => l + d + h);
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z][a-z0-9]{1,10}$/), fc.constantFrom('com', 'mx', 'com.mx', 'gob.mx', 'org'))
  .map(([u, d, t]) => `${u}@${d}.${t}`);
const phone = fc
  .tuple(fc.integer({ min: 2, max: 9 }), digits(9), fc.integer({ min: 0, max: 7 }))
  .map(([first, rest, style]) => {
    const n = `${first}${rest}`;
    const [a, b, c] = [n.slice(0, 2), n.slice(2, 6), n.slice(6)];
    return [n, `${a} ${b} ${c}`, `(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+52 ${a} ${b} ${c}`, `+52 1 ${n}`, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `044 ${a} ${b} ${c}`][style]!;
  });
const card = fc.constantFrom('4111111111111111', '4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', '6011111111111117');
const words = fc.array(fc.constantFrom('la', 'información', 'de', '2024', 'no', 'sirve', 'página 12', 'artículo 70', 'gracias', 'C.P. 06600', 'tel.', '(', ')'), { maxLength: 6 }).map((w) => w.join(' '));

const cases: [string, fc.Arbitrary<string>, string][] = [
  ['CURP', curp, '[CURP]'],
  ['RFC', rfc, '[RFC]'],
  ['e-mail', email, '[correo]'],
  ['phone', phone, '[teléfono]'],
  ['card', card, '[tarjeta]'],
];

describe('scrubPii property', () => {
  it.each(cases)('a generated %s never survives, whatever words surround it', (_name, secret, token) => {
    fc.assert(
      fc.property(words, secret, words, (before, value, after) => {
        const text = `${before} ${value} ${after === '' ? '' : `. ${after}`}`;
        const out = scrubPii(text).text;
        expect(out).not.toContain(value);
        expect(out).toContain(token);
      }),
      { numRuns: RUNS },
    );
  });
});
