import { describe, expect, it } from 'vitest';
import { AuditRunOptions, PROTOCOL, Reply } from '../../../extension/messaging/protocol.js';
import { DEFAULT_PROFILE } from '../../../core/index.js';
import { fixtureReport } from './sample-reports.js';

const options = { profile: DEFAULT_PROFILE, reviews: [], axe: true, headChecks: null };

describe('message schemas', () => {
  it('accept what the extension sends and fill defaults', () => {
    const parsed = AuditRunOptions.parse(options);
    expect(parsed.budgetMs).toBe(5_000);
    expect(parsed.axeTimeoutMs).toBe(20_000);
    const report = fixtureReport('presupuesto-ciudadano');
    const answer = PROTOCOL.audit.response.parse({ report, timings: { axeMs: 1, headMs: 0, coreMs: 2, totalMs: 3 } });
    expect(answer.report.score).toBe(report.score);
  });

  it('refuse a broken report coming back from a page', () => {
    const report = fixtureReport('presupuesto-ciudadano');
    const broken = { ...report, criteria: report.criteria.slice(0, 3) };
    expect(PROTOCOL.audit.response.safeParse({ report: broken, timings: { axeMs: 0, headMs: 0, coreMs: 0, totalMs: 0 } }).success).toBe(false);
    expect(PROTOCOL.audit.response.safeParse({ report: { ...report, score: '<img src=x onerror=alert(1)>' }, timings: { axeMs: 0, headMs: 0, coreMs: 0, totalMs: 0 } }).success).toBe(false);
  });

  it('bound what a request may carry', () => {
    expect(PROTOCOL.highlight.request.safeParse({ selectors: Array.from({ length: 501 }, () => 'p') }).success).toBe(false);
    expect(PROTOCOL.highlight.request.safeParse({ selectors: ['x'.repeat(2_001)] }).success).toBe(false);
    expect(PROTOCOL.ping.request.safeParse({ extra: 1 }).success).toBe(false);
    expect(PROTOCOL.headCheck.request.safeParse({ pageUrl: 'https://a.mx/', urls: ['javascript:alert(1)'], options: {} }).success).toBe(false);
    expect(PROTOCOL.batchStart.request.safeParse({ source: { kind: 'crawl', seed: 'file:///etc/passwd' }, limits: {}, options }).success).toBe(false);
    expect(PROTOCOL.batchControl.request.safeParse({ batchId: 'x', action: 'explode' }).success).toBe(false);
  });

  it('replies are either a value or an error string', () => {
    expect(Reply.safeParse({ ok: true, value: 1 }).success).toBe(true);
    expect(Reply.safeParse({ ok: false, error: 'x' }).success).toBe(true);
    expect(Reply.safeParse({ ok: false }).success).toBe(false);
  });
});
