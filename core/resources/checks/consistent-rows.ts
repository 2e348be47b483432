import { graded, notApplicable, unmeasured } from '../../checks/define.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';

export const tableConsistentRows = defineResourceCheck(
  {
    id: 'table-consistent-rows',
    criterion: 'completa',
    mode: 'auto',
    title: { es: 'Todas las filas tienen las mismas columnas', en: 'Every row has the same columns' },
    failureTitle: { es: 'Hay filas con más o menos columnas que el encabezado', en: 'Some rows have more or fewer columns than the header' },
    description: {
      es: 'Cada fila de datos tiene tantas celdas como el encabezado: sin filas de notas, totales intercalados ni cortes.',
      en: 'Each data row has as many cells as the header: no note rows, interleaved totals or cuts.',
    },
    help: {
      es: 'Deje sólo filas de datos; mueva notas y fuentes a los metadatos o al diccionario de datos.',
      en: 'Keep only data rows; move notes and sources to the metadata or the data dictionary.',
    },
  },
  ({ resource: r }) => {
    const t = r.table;
    if (!t) return unmeasured({ es: 'No es una tabla.', en: 'Not a table.' });
    if (t.rows === 0) return notApplicable({ es: 'La tabla no tiene filas.', en: 'The table has no rows.' });
    const evidence = [...resourceFacts(r).shape(), { kind: 'value' as const, value: t.ragged, label: { es: 'Filas irregulares', en: 'Ragged rows' } }];
    return graded(1 - Math.min(1, (t.ragged / t.rows) * 5), evidence);
  },
);
