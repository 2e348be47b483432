import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditList } from '../../../core/schemas/index.js';
import { newPublicKey, newSiteToken, startCollector, type Collector } from '../../../widgets/collector/index.js';
import { collectorHealth } from '../../../extension/collector/health.js';
import { publishableReport, publishAudit, PublishError } from '../../../extension/collector/publish.js';
import { answered, fixtureReport } from './sample-reports.js';

// The real collector (widgets/collector) on a random loopback port with an embedded database.
let collector: Collector;
let dataDir: string;
const token = newSiteToken();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'proactiva-ext-publish-'));
  collector = await startCollector({ host: '127.0.0.1', port: 0, dataDir });
  await collector.store.registerSite({ id: 'agua-estado', name: 'Comisión Estatal del Agua', origins: ['http://127.0.0.1:8080'], publicKey: newPublicKey(), token });
});
afterAll(async () => {
  await collector?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('publishing audits to the collector', () => {
  const report = answered(fixtureReport('presupuesto-ciudadano'), 'parcial', 'Hablé con Ana al 55 1234 5678, ana.perez@correo.mx, CURP PEGA800101HDFRRN09');

  it('scrubs review notes before anything leaves the browser', () => {
    const notes = publishableReport(report).criteria.flatMap((c) => c.checks).flatMap((k) => (k.review?.note ? [k.review.note] : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note).not.toMatch(/1234 5678|ana\.perez|PEGA800101/);
      expect(note).toContain('Hablé con Ana');
    }
  });

  it('POSTs /v1/audits with the Bearer token; the collector stores it once (idempotent)', async () => {
    const settings = { url: collector.url, site: 'agua-estado', token };
    const id = await publishAudit(settings, report);
    expect(await publishAudit(settings, report)).toBe(id);
    const response = await fetch(`${collector.url}/v1/audits?site=agua-estado`, { headers: { authorization: `Bearer ${token}` } });
    const list = AuditList.parse(await response.json());
    expect(list.audits).toHaveLength(1);
    expect(list.audits[0]!.score).toBe(report.score);
    expect(JSON.stringify(list.audits[0]!.report)).not.toContain('ana.perez@correo.mx');
    expect(await collectorHealth(collector.url)).toMatchObject({ ok: true });
  });

  it('says why when the collector refuses', async () => {
    await expect(publishAudit({ url: collector.url, site: 'agua-estado', token: newSiteToken() }, report)).rejects.toBeInstanceOf(PublishError);
    await expect(publishAudit({ url: collector.url, site: 'otro-sitio', token }, report)).rejects.toThrow(/4\d\d|forbidden|unauthor|site/i);
    await expect(publishAudit({ url: 'http://127.0.0.1:1', site: 'agua-estado', token }, report, 2_000)).rejects.toThrow(/network error/);
    await expect(publishAudit({ url: '', site: '', token: '' }, report)).rejects.toThrow(/not configured/);
  });
});
