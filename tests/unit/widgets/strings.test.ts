import { describe, expect, it } from 'vitest';
import { FeedbackSummary } from '../../../core/schemas/feedback.js';
import { STRINGS as FEEDBACK } from '../../../widgets/feedback/locales.js';
import { describeRemoved } from '../../../widgets/feedback/strings.js';
import { STRINGS as SUMMARY } from '../../../widgets/summary/strings.js';
import { summaryText } from '../../../widgets/summary/summary-text.js';

describe('describeRemoved', () => {
  it('says what the scrubber removed, in words, in both locales', () => {
    expect(describeRemoved(FEEDBACK.es, { curp: 1 })).toBe('1 CURP');
    expect(FEEDBACK.es.scrubbed(describeRemoved(FEEDBACK.es, { curp: 1 }))).toBe('Quitamos 1 CURP de tu comentario.');
    expect(describeRemoved(FEEDBACK.es, { curp: 2, email: 1, phone: 3 })).toBe('2 CURP, 1 correo electrónico y 3 números de teléfono');
    expect(describeRemoved(FEEDBACK.en, { email: 2, card: 1 })).toBe('2 e-mail addresses and 1 card number');
  });
});

describe('summaryText', () => {
  const summary = FeedbackSummary.parse({
    page: 'https://agua.example.gob.mx/datos/tarifas',
    total: 214,
    useful: 186,
    usefulRate: 186 / 214,
    reasons: [
      { reason: 'completa', count: 3 },
      { reason: 'localizable', count: 12 },
      { reason: 'actualizada', count: 5 },
      { reason: 'accesible', count: 0 },
      { reason: 'confiable', count: 1 },
    ],
    updatedAt: '2026-03-10T12:00:00.000Z',
  });

  it('reads "87 % la encontró útil · 214 respuestas" with the top three reasons in words', () => {
    const text = summaryText(summary, SUMMARY.es);
    expect(text.share?.replace(/\s/g, ' ')).toBe('87 % la encontró útil');
    expect(text.answers).toBe('214 respuestas');
    expect(text.percent).toBe(87);
    expect(text.reasons.map((r) => `${r.label} (${r.count})`)).toEqual([
      'No la encontraron fácilmente (12 menciones)',
      'Está desactualizada (5 menciones)',
      'Está incompleta (3 menciones)',
    ]);
  });

  it('in English, with thousands and singulars', () => {
    const text = summaryText({ ...summary, total: 1_214, useful: 1, usefulRate: 1 / 1_214, reasons: [{ reason: 'confiable', count: 1 }] }, SUMMARY.en);
    expect(text.share).toBe('0% found it useful');
    expect(text.answers).toBe('1,214 answers');
    expect(text.reasons).toEqual([{ reason: 'confiable', label: 'They do not trust the data', count: '1 mention' }]);
    expect(summaryText({ ...summary, total: 1, useful: 1, usefulRate: 1, reasons: [] }, SUMMARY.es).answers).toBe('1 respuesta');
  });
});
