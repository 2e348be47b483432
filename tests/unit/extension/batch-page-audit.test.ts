// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../../core/index.js';
import { auditBatchPage, type TabAuditor } from '../../../extension/batch/batch-page-audit.js';
import { FetchHtmlError } from '../../../extension/batch/fetch-html.js';
import type { ServedPageAudit } from '../../../extension/batch/served-page-audit.js';
import { AuditRunOptions } from '../../../extension/messaging/protocol.js';
import { BatchLimits } from '../../../extension/settings/settings.js';
import { httpFixture } from './http-fixture.js';

let server: Awaited<ReturnType<typeof httpFixture>>;

beforeAll(async () => {
  server = await httpFixture((_req, res) => {
    // happy-dom's fetch applies CORS (an extension's fetch with host access would not).
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
    res.end('<!doctype html><html lang="es-MX"><head><title>Datos</title></head><body><main><h1>Datos</h1><a href="/otra.html">Otra</a></main></body></html>');
  });
});
afterAll(() => server.close());

const limits = BatchLimits.parse({});
const options = (axe: boolean) => AuditRunOptions.parse({ profile: DEFAULT_PROFILE, axe, headChecks: null });
const DOMPARSER_NOTE = /^accessibility: audited from the served HTML with DOMParser, without axe-core/;

describe('auditBatchPage', () => {
  it('takes the background tab’s audit when a tab could be opened', async () => {
    const fromTab = { report: {} as ServedPageAudit['report'], finalUrl: server.url('/a.html'), links: ['/b.html'] };
    const inTab = vi.fn<TabAuditor>(async () => fromTab);
    expect(await auditBatchPage(server.url('/a.html'), options(true), limits, inTab)).toBe(fromTab);
    expect(inTab).toHaveBeenCalledOnce();
  });

  it('falls back to DOMParser without a host permission, and the report says so', async () => {
    const { report, links } = await auditBatchPage(server.url('/a.html'), options(true), limits, async () => null);
    expect(report.title).toBe('Datos');
    expect(links).toEqual(['/otra.html']);
    expect(report.truncation.some((t) => DOMPARSER_NOTE.test(t) && t.includes('no host permission'))).toBe(true);
    expect(report.criteria.find((c) => c.id === 'accesible')!.checks.find((k) => k.id === 'axe-violations')!.status).toBe('not-applicable');
  });

  it('falls back to DOMParser when the tab fails, naming why', async () => {
    const { report } = await auditBatchPage(server.url('/a.html'), options(true), limits, async () => {
      throw new Error('inject: timed out');
    });
    expect(report.truncation.some((t) => DOMPARSER_NOTE.test(t) && t.includes('the background tab failed: inject: timed out'))).toBe(true);
  });

  it('does not retry an HTTP error another way', async () => {
    await expect(
      auditBatchPage(server.url('/a.html'), options(true), limits, async () => {
        throw new FetchHtmlError('HTTP 404');
      }),
    ).rejects.toThrow('HTTP 404');
  });

  it('with axe-core off opens no tab and adds no note (a single-page audit would not run it either)', async () => {
    const inTab = vi.fn<TabAuditor>(async () => null);
    const { report } = await auditBatchPage(server.url('/a.html'), options(false), limits, inTab);
    expect(inTab).not.toHaveBeenCalled();
    expect(report.truncation).toEqual([]);
  });
});
