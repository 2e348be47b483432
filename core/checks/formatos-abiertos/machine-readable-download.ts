import { defineCheck, fail, partial, pass } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { linksSignal } from '../../signals/links.js';

export const machineReadableDownload = defineCheck(
  {
    id: 'machine-readable-download',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    title: { es: 'Ofrece los datos en un formato legible por máquina', en: 'Offers the data in a machine-readable format' },
    failureTitle: { es: 'No ofrece los datos en un formato legible por máquina', en: 'Does not offer the data in a machine-readable format' },
    description: {
      es: 'Hay al menos una descarga que un programa puede leer directamente (CSV, JSON, XML, XLSX, ODS, GeoJSON, RDF o una API), no sólo documentos PDF, Word o imágenes.',
      en: 'At least one download can be read directly by a program (CSV, JSON, XML, XLSX, ODS, GeoJSON, RDF or an API), not only PDF or Word documents or images.',
    },
    help: {
      es: 'Publique junto al documento la tabla de datos en CSV (UTF-8) o JSON, con un enlace de descarga directa.',
      en: 'Publish the data table next to the document as CSV (UTF-8) or JSON, with a direct download link.',
    },
  },
  (ctx) => {
    const { downloads } = ctx.use(linksSignal);
    const usable = downloads.filter((d) => !d.head || d.head.ok);
    const data = usable.filter((d) => d.guess.format.machineReadable);
    if (data.length) {
      return pass(data.slice(0, 5).map((d) => elementEvidence(d.element, { es: d.guess.format.label, en: d.guess.format.label }, d.text || d.url)));
    }
    if (usable.length) {
      return partial(
        usable.slice(0, 5).map((d) => elementEvidence(d.element, { es: d.guess.format.label, en: d.guess.format.label }, d.text || d.url)),
        { es: 'Sólo hay documentos (PDF, Word, imágenes o comprimidos), no datos estructurados.', en: 'Only documents (PDF, Word, images or archives), no structured data.' },
        0.25,
      );
    }
    return fail([], { es: 'La información sólo está en la página (HTML), sin archivos descargables.', en: 'The information is only on the page (HTML), with no downloadable files.' });
  },
);
