import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue, scoreCatalogue } from '../../../core/catalogue/index.js';
import { profileResource, DEFAULT_RESOURCE_LIMITS } from '../../../core/node/resources/profile-resource.js';
import { auditResource } from '../../../core/resources/audit-resource.js';
import { demoCatalogue } from '../../../demo/portal/tools/catalogue.js';

const portal = join(import.meta.dirname, '../../../demo/portal');

describe('the demo portal as open data', () => {
  it('publishes a DCAT catalogue made from its dataset list', () => {
    const file = JSON.parse(readFileSync(join(portal, 'datos.json'), 'utf8')) as unknown;
    expect(file).toEqual(JSON.parse(JSON.stringify(demoCatalogue())));
  });

  it('the catalogue ranks current series first and asks for the mandatory gaps of last year’s copies', () => {
    const { format, datasets } = readCatalogue(JSON.parse(readFileSync(join(portal, 'datos.json'), 'utf8')));
    const report = scoreCatalogue('datos.json', format, datasets);
    const old = report.datasets.filter((d) => d.identifier.endsWith('-2025'));
    expect(old).toHaveLength(4);
    expect(old.every((d) => !d.mandatoryComplete)).toBe(true);
    expect(report.datasets.slice(0, report.datasets.length - old.length).every((d) => d.mandatoryComplete)).toBe(true);
    expect(report.fillFirst.slice(0, 4).every((f) => f.mandatory && f.missing === 4)).toBe(true);
  });

  it('its published CSV with a dictionary reads as a clean table', async () => {
    const { profile } = await profileResource(join(portal, 'agua/datos/tarifas-2026.csv'), DEFAULT_RESOURCE_LIMITS);
    const report = auditResource(profile, { fetchedAt: '2026-02-01T00:00:00.000Z' });
    const statuses = Object.fromEntries(report.criteria.flatMap((c) => c.checks).map((c) => [c.id, c.status]));
    expect(profile).toMatchObject({ kind: 'csv', encoding: 'UTF-8', delimiter: ',' });
    expect(statuses).toMatchObject({ 'table-single-header': 'pass', 'table-no-empty-cells': 'pass', 'text-utf8': 'pass', 'content-up-to-date': 'pass' });
  });
});
