import { defineCheck, graded, notApplicable } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { a11yBasicsSignal } from '../../signals/a11y-basics.js';

export const dataTableHeaders = defineCheck(
  {
    id: 'data-table-headers',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'Las tablas de datos tienen encabezados', en: 'Data tables have headers' },
    failureTitle: { es: 'Hay tablas de datos sin encabezados', en: 'Some data tables have no headers' },
    description: {
      es: 'Cada tabla con datos marca sus encabezados con <th> (o scope), para que el lector de pantalla diga a qué columna pertenece cada celda.',
      en: 'Every data table marks its headers with <th> (or scope), so screen readers say which column each cell belongs to.',
    },
    help: {
      es: 'Convierta la primera fila en <th scope="col"> y agregue un <caption> con el título de la tabla.',
      en: 'Turn the first row into <th scope="col"> and add a <caption> with the table’s title.',
    },
  },
  (ctx) => {
    const info = ctx.use(a11yBasicsSignal);
    if (!info.dataTables) return notApplicable({ es: 'No hay tablas de datos.', en: 'There are no data tables.' });
    const missing = info.tablesWithoutHeaders.length;
    return graded(1 - missing / info.dataTables, info.tablesWithoutHeaders.slice(0, 3).map((t) => elementEvidence(t.element, { es: 'Tabla sin encabezados', en: 'Table without headers' }, t.snippet)));
  },
);
