import { fail, partial, pass, unmeasured } from '../../checks/define.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';

export const tableSingleHeader = defineResourceCheck(
  {
    id: 'table-single-header',
    criterion: 'comprensible',
    mode: 'auto',
    title: { es: 'La tabla tiene una sola fila de encabezado, sin celdas combinadas', en: 'The table has one header row, without merged cells' },
    failureTitle: { es: 'La tabla no tiene un encabezado simple', en: 'The table has no simple header' },
    description: {
      es: 'Una fila de encabezado con un nombre por columna; encabezados apilados o combinados y tablas sin encabezado impiden entender y procesar los datos.',
      en: 'One header row with one name per column; stacked or merged headers and tables without a header make the data hard to understand and to process automatically.',
    },
    help: {
      es: 'Use una sola fila con nombres claros y únicos («poblacion_2020_hombres»), y explíquelos en el diccionario de datos.',
      en: 'Use one row with clear, unique names (“poblacion_2020_hombres”) and explain them in the data dictionary.',
    },
  },
  ({ resource: r }) => {
    const t = r.table;
    if (!t) return unmeasured({ es: 'No es una tabla.', en: 'Not a table.' });
    const evidence = resourceFacts(r).header();
    if (t.headerRows === 0) return fail(evidence, { es: 'La primera fila ya son datos: falta el encabezado.', en: 'The first row is already data: the header is missing.' });
    if (t.headerRows > 1) {
      return partial(evidence, { es: `El encabezado ocupa ${t.headerRows} filas.`, en: `The header spans ${t.headerRows} rows.` }, 0.3);
    }
    if (t.mergedHeaderCells > 0) {
      return partial(evidence, { es: 'El encabezado tiene celdas combinadas.', en: 'The header has merged cells.' }, 0.3);
    }
    return pass(evidence);
  },
);
