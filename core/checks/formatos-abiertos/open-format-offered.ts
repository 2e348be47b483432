import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { linksSignal } from '../../signals/links.js';

export const openFormatOffered = defineCheck(
  {
    id: 'open-format-offered',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    title: { es: 'Los datos están en un formato abierto (no propietario)', en: 'The data is in an open (non-proprietary) format' },
    failureTitle: { es: 'Los datos sólo están en formatos propietarios', en: 'The data is only in proprietary formats' },
    description: {
      es: 'Entre las descargas de datos hay un formato de especificación abierta (CSV, JSON, XML, ODS, GeoJSON, KML, RDF), no sólo XLS/XLSX, MDB o Shapefile.',
      en: 'Among the data downloads there is an openly specified format (CSV, JSON, XML, ODS, GeoJSON, KML, RDF), not only XLS/XLSX, MDB or Shapefile.',
    },
    help: {
      es: 'Si publica hojas de cálculo de Excel, agregue la misma tabla en CSV; para mapas, GeoJSON o KML además del Shapefile.',
      en: 'If you publish Excel spreadsheets, add the same table as CSV; for maps, GeoJSON or KML besides the Shapefile.',
    },
  },
  (ctx) => {
    const data = ctx.use(linksSignal).downloads.filter((d) => d.guess.format.machineReadable && (!d.head || d.head.ok));
    if (!data.length) return notApplicable({ es: 'No hay descargas de datos que evaluar.', en: 'There are no data downloads to assess.' });
    const label = (d: (typeof data)[number]) => ({ es: d.guess.format.label, en: d.guess.format.label });
    const open = data.filter((d) => d.guess.format.open);
    if (open.length) return pass(open.slice(0, 5).map((d) => elementEvidence(d.element, label(d), d.text || d.url)));
    return fail(data.slice(0, 5).map((d) => elementEvidence(d.element, label(d), d.text || d.url)), {
      es: 'Los datos sólo están en formatos propietarios.',
      en: 'The data is only in proprietary formats.',
    });
  },
);
