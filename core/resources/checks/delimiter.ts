import { partial, pass, unmeasured } from '../../checks/define.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';

export const csvStandardDelimiter = defineResourceCheck(
  {
    id: 'csv-standard-delimiter',
    criterion: 'reutilizable',
    mode: 'auto',
    title: { es: 'El CSV usa la coma como separador', en: 'The CSV uses a comma as its delimiter' },
    failureTitle: { es: 'El CSV no usa la coma como separador', en: 'The CSV does not use a comma as its delimiter' },
    description: {
      es: 'Un CSV estándar (RFC 4180) separa con comas; el punto y coma de algunas configuraciones regionales confunde a otros programas.',
      en: 'A standard CSV (RFC 4180) uses commas; the semicolon some regional settings produce confuses other programs.',
    },
    help: { es: 'Exporte con coma como separador y punto decimal, o publique un TSV si lo prefiere.', en: 'Export with a comma delimiter and a decimal point, or publish a TSV instead.' },
  },
  ({ resource: r }) => {
    if ((r.kind !== 'csv' && r.kind !== 'tsv') || !r.delimiter) return unmeasured({ es: 'No es un CSV.', en: 'Not a CSV.' });
    const evidence = resourceFacts(r).delimiter();
    const expected = r.kind === 'tsv' ? '\t' : ',';
    if (r.delimiter === expected || (r.kind === 'csv' && r.delimiter === '\t')) return pass(evidence);
    return partial(evidence, { es: `Separador encontrado: «${r.delimiter}».`, en: `Delimiter found: “${r.delimiter}”.` });
  },
);
