import type { FeedbackRecordInput } from '../../../core/schemas/feedback.js';

let n = 0;

/** A valid FeedbackRecord with a fresh uuid. */
export function aRecord(overrides: Partial<FeedbackRecordInput> = {}): FeedbackRecordInput & { id: string } {
  n++;
  return {
    id: crypto.randomUUID(),
    site: 'agua-estado',
    page: `https://portal.example.gob.mx/datos/tarifas-${n}`,
    useful: false,
    reasons: ['actualizada'],
    locale: 'es-MX',
    createdAt: new Date(Date.UTC(2026, 2, 10, 12, 0, 0)).toISOString(),
    ...overrides,
  } as FeedbackRecordInput & { id: string };
}

export const TARGET = { endpoint: 'http://collector.test/', siteKey: 'pk_test_0123456789abcdef' };
