import { describe, expect, it } from 'vitest';
import { parseSpanishDate } from '../../../core/signals/dates.js';

const ref = new Date('2026-01-15T12:00:00Z');

describe('parseSpanishDate', () => {
  it('reads a date that names its day, month and year', () => {
    expect(parseSpanishDate('15 de enero de 2025', ref)?.date.toISOString().slice(0, 10)).toBe('2025-01-15');
    expect(parseSpanishDate('primero de marzo de 2025', ref)?.date.toISOString().slice(0, 10)).toBe('2025-03-01');
  });

  it('reads no date from casual words that would resolve against the audit date', () => {
    for (const text of ['hoy', 'Actualizado hoy', 'ayer', 'mañana']) expect(parseSpanishDate(text, ref)).toBeNull();
  });
});
