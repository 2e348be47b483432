import { describe, expect, it } from 'vitest';
import { cleanStrings, cleanText } from '../../../core/privacy/index.js';

describe('cleanText', () => {
  it('removes C0 controls except tab, LF and CR, DEL and C1 controls', () => {
    const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(cleanText(`a${c0}b\u007f\u0080\u0085\u009fc`)).toBe('a\t\n\rbc');
  });

  it('replaces lone surrogates with U+FFFD and keeps real pairs', () => {
    expect(cleanText('x\uD83Dy\uDE00z😀')).toBe('x\uFFFDy\uFFFDz😀');
    expect(cleanText('\uDE00\uD83D')).toBe('\uFFFD\uFFFD'); // a pair in the wrong order is two lone halves
  });

  it('keeps bidi controls, zero-width characters, accents and emoji', () => {
    const text = 'ñandú «México» \u202Eabc\u202C \u2066x\u2069 a\u200Bb \u00A0 😀';
    expect(cleanText(text)).toBe(text);
  });

  it('returns the same string when there is nothing to clean', () => {
    const text = 'Faltan los datos de 2025.';
    expect(cleanText(text)).toBe(text);
  });
});

describe('cleanStrings', () => {
  it('cleans every string value and key, however deep', () => {
    const input = { a: 'x\u0000', list: ['\u0007y', { 'k\u0000': ['\uD800'] }], n: 1, b: true, z: null };
    expect(cleanStrings(input)).toEqual({ a: 'x', list: ['y', { k: ['\uFFFD'] }], n: 1, b: true, z: null });
    expect(input.a).toBe('x\u0000'); // the input is not modified
  });

  it('returns the same reference when nothing changed', () => {
    const input = { a: 'x', list: ['y', { k: [1, 'z'] }] };
    expect(cleanStrings(input)).toBe(input);
    const mixed = { clean: { a: 'ok' }, dirty: 'x\u0000' };
    const out = cleanStrings(mixed) as typeof mixed;
    expect(out.clean).toBe(mixed.clean);
  });
});
