/** Catalogue input is whatever a portal serves: arbitrary JSON never breaks the reader or the scorer. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogueFormatError, CatalogueReport, readCatalogue, scoreCatalogue } from '../../../core/catalogue/index.js';
import { createTableProfiler } from '../../../core/resources/index.js';
import { TableProfile } from '../../../core/resources/schema.js';

const runs = Math.max(50, Number(process.env.PROACTIVA_FC_RUNS) || 200);
const field = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 300 }), fc.dictionary(fc.string(), fc.string()));
const pkg = fc.record({ title: field, notes: field, tags: fc.array(fc.record({ name: field }), { maxLength: 300 }), groups: fc.array(fc.record({ title: field }), { maxLength: 150 }), resources: fc.array(fc.dictionary(fc.constantFrom('url', 'format', 'mimetype', 'size'), field), { maxLength: 5 }) }, { requiredKeys: ['resources'] });
const dcat = fc.record({ dataset: fc.array(fc.dictionary(fc.constantFrom('title', 'identifier', 'keyword', 'theme', 'contactPoint', 'distribution', 'modified', 'dct:title'), field), { maxLength: 5 }) });

describe('catalogue robustness', () => {
  it('reads arbitrary DCAT-, CKAN- and JSON-shaped input or refuses it with CatalogueFormatError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), dcat, pkg, fc.record({ success: fc.boolean(), result: fc.record({ results: fc.array(pkg, { maxLength: 3 }) }) })), (value) => {
        try {
          const { format, datasets } = readCatalogue(value);
          CatalogueReport.parse(scoreCatalogue('x', format, datasets));
        } catch (error) {
          expect(error).toBeInstanceOf(CatalogueFormatError);
        }
      }),
      { numRuns: runs },
    );
  });

  it('profiles arbitrary rows into a valid, bounded table profile', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('', '2026-01-31', '31/12/2025', '1,234.5')), { maxLength: 12 }), { maxLength: 120 }), fc.integer({ min: 1, max: 200 }), (rows, maxRows) => {
        const p = createTableProfiler({ maxRows });
        for (const row of rows) if (!p.push(row)) break;
        const t = TableProfile.parse(p.result());
        expect(t.rows).toBeLessThanOrEqual(maxRows);
      }),
      { numRuns: runs },
    );
  });
});
