import { describe, expect, it } from 'vitest';
import { FeedbackRecord } from '../../../core/schemas/feedback.js';
import { buildRecord } from '../../../widgets/feedback/record.js';
import { REASON_ORDER } from '../../../widgets/feedback/reasons.js';
import { randomUuid } from '../../../widgets/feedback/uuid.js';

const NOW = new Date(Date.UTC(2026, 2, 10, 18, 30, 0));
const base = { site: 'agua-estado', page: 'https://agua.example.gob.mx/datos/tarifas', locale: 'es-MX' as const };

describe('buildRecord', () => {
  it('builds a FeedbackRecord the core schema accepts, with a uuid and the answer time', () => {
    const { record, scrub } = buildRecord({ ...base, useful: false, reasons: ['actualizada', 'localizable'], comment: '  Faltan los datos de 2025.  ' }, NOW);
    expect(FeedbackRecord.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      site: 'agua-estado',
      page: base.page,
      useful: false,
      reasons: ['localizable', 'actualizada'],
      comment: 'Faltan los datos de 2025.',
      locale: 'es-MX',
      createdAt: '2026-03-10T18:30:00.000Z',
    });
    expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(scrub.total).toBe(0);
  });

  it('carries the anti-spam signals: whole milliseconds on the form, and the honeypot only when filled', () => {
    const { record } = buildRecord({ ...base, useful: true, reasons: [], comment: '', elapsedMs: 2_345.6, honeypot: '' }, NOW);
    expect(FeedbackRecord.parse(record)).toEqual(record);
    expect([record.elapsedMs, 'honeypot' in record]).toEqual([2_346, false]);
    expect(buildRecord({ ...base, useful: true, reasons: [], comment: '', honeypot: 'http://x' }, NOW).record.honeypot).toBe('http://x');
    expect('elapsedMs' in buildRecord({ ...base, useful: true, reasons: [], comment: '' }, NOW).record).toBe(false);
  });

  it('scrubs the comment before it goes into the record, and says what it removed', () => {
    const { record, scrub } = buildRecord(
      { ...base, useful: false, reasons: [], comment: 'Soy GODE561231HDFRRN09, llámenme al 55 1234 5678' },
      NOW,
    );
    expect(record.comment).toBe('Soy [CURP], llámenme al [teléfono]');
    expect(scrub.removed).toEqual({ curp: 1, phone: 1 });
    expect(JSON.stringify(record)).not.toMatch(/GODE561231|1234 5678/);
  });

  it('sends the comment without control characters and with lone surrogates replaced, as the collector stores it', () => {
    const { record } = buildRecord({ ...base, useful: false, reasons: [], comment: '\u0000 Falta\u0007 la tabla\u0000 \uD83D' }, NOW);
    expect(record.comment).toBe('Falta la tabla \uFFFD');
    const { record: blank } = buildRecord({ ...base, useful: true, reasons: [], comment: '\u0000\u0001 ' }, NOW);
    expect(blank).not.toHaveProperty('comment');
  });

  it('uses English tokens for English answers', () => {
    const { record } = buildRecord({ ...base, locale: 'en', useful: true, reasons: [], comment: 'mail me: ana@mail.mx' }, NOW);
    expect(record).toMatchObject({ comment: 'mail me: [email]', locale: 'en', useful: true });
  });

  it('omits an empty or blank comment and keeps only known reasons, once, in display order', () => {
    const { record } = buildRecord(
      { ...base, useful: false, reasons: ['pertinente', 'nope', 'pertinente', 'reutilizable', 'accesible'], comment: '   ' },
      NOW,
    );
    expect(record).not.toHaveProperty('comment');
    expect(record.reasons).toEqual(['accesible', 'pertinente']);
    expect(FeedbackRecord.safeParse(record).success).toBe(true);
  });

  it('gives every answer its own uuid (the idempotency key)', () => {
    const ids = new Set(Array.from({ length: 200 }, () => buildRecord({ ...base, useful: true, reasons: [], comment: '' }, NOW).record.id));
    expect(ids.size).toBe(200);
  });

  it('accepts all eight reasons at once', () => {
    const { record } = buildRecord({ ...base, useful: false, reasons: [...REASON_ORDER].reverse(), comment: '' }, NOW);
    expect(record.reasons).toEqual([...REASON_ORDER]);
    expect(FeedbackRecord.safeParse(record).success).toBe(true);
  });
});

describe('randomUuid', () => {
  it('builds a v4 uuid from getRandomValues where randomUUID is missing (http pages)', () => {
    const insecure = { getRandomValues: (a: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(a) } as unknown as Crypto;
    const id = randomUuid(insecure);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(FeedbackRecord.shape.id.safeParse(id).success).toBe(true);
  });
});
