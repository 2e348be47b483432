import { fail, graded, unmeasured } from '../../checks/define.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';

export const tableNoEmptyColumns = defineResourceCheck(
  {
    id: 'table-no-empty-cells',
    criterion: 'completa',
    mode: 'auto',
    title: { es: 'La tabla no tiene columnas vacías ni muchas celdas vacías', en: 'The table has no empty columns and few empty cells' },
    failureTitle: { es: 'La tabla tiene columnas vacías o muchas celdas vacías', en: 'The table has empty columns or many empty cells' },
    description: {
      es: 'Se cuentan las celdas vacías de las filas leídas y las columnas sin ningún valor.',
      en: 'Empty cells among the rows read, and columns with no value at all, are counted.',
    },
    help: {
      es: 'Quite las columnas sin datos y explique en el diccionario de datos por qué faltan valores (p. ej. «no aplica»).',
      en: 'Remove columns without data and explain missing values in the data dictionary (e.g. “not applicable”).',
    },
  },
  ({ resource: r }) => {
    const t = r.table;
    if (!t) return unmeasured({ es: 'No es una tabla.', en: 'Not a table.' });
    const facts = resourceFacts(r);
    const evidence = [...facts.shape(), ...facts.empty()];
    if (t.rows === 0) return fail(evidence, { es: 'La tabla no tiene filas de datos.', en: 'The table has no data rows.' });
    const emptyColumnShare = t.columns ? t.emptyColumns.length / t.columns : 0;
    // Up to 5% empty cells is normal; half the cells empty is a failure.
    const byCells = 1 - Math.max(0, t.emptyCellRatio - 0.05) / 0.45;
    return graded(Math.min(byCells, 1 - emptyColumnShare * 2, t.emptyColumns.length ? 0.6 : 1), evidence);
  },
);
