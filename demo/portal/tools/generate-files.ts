/** Writes the portal's download files (datasets as CSV, JSON and data dictionaries; PDF documents): `npx tsx demo/portal/tools/generate-files.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvCell } from '../../../core/report/csv.js';
import { datasets, type Cell } from './datasets.js';
import { documents } from './documents.js';
import { makePdf, makeScannedPdf } from './pdf.js';
import { legacyCsv } from './legacy-csv.js';
import { demoCatalogue } from './catalogue.js';

const portal = join(dirname(fileURLToPath(import.meta.url)), '..');
const csv = (rows: Cell[][]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

for (const set of datasets()) {
  const names = set.fields.map((f) => f.name);
  const table = [names, ...set.rows.map((row) => names.map((n) => row[n]!))];
  writeFileSync(join(portal, `${set.file}.csv`), set.legacyExport ? legacyCsv(set.title, table) : csv(table));
  if (set.json) {
    const body = {
      titulo: set.title,
      actualizado: set.updated,
      licencia: 'Libre Uso MX (https://www.datos.gob.mx/libreusomx)',
      campos: set.fields.map((f) => ({ nombre: f.name, tipo: f.type, descripcion: f.description })),
      datos: set.rows,
    };
    writeFileSync(join(portal, `${set.file}.json`), JSON.stringify(body, null, 1) + '\n');
  }
  if (set.dictionary) {
    writeFileSync(join(portal, `${set.dictionary}.csv`), csv([['campo', 'tipo', 'descripcion'], ...set.fields.map((f) => [f.name, f.type, f.description])]));
  }
  console.log(`${set.file}: ${set.rows.length} rows`);
}

for (const doc of documents()) {
  const path = join(portal, doc.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, doc.scanned ? makeScannedPdf(doc.lines) : makePdf(doc.title, doc.lines));
  console.log(`${doc.file}: ${doc.lines.length} lines`);
}

writeFileSync(join(portal, 'datos.json'), JSON.stringify(demoCatalogue(), null, 1) + '\n');
console.log('datos.json: DCAT catalogue');
