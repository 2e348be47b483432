import { defineCheck, fail, notApplicable, partial, pass } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { linksSignal } from '../../signals/links.js';

export const noDocumentOnlyTables = defineCheck(
  {
    id: 'no-document-only-tables',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    title: { es: 'Las tablas no se publican sólo como PDF o imagen', en: 'Tables are not published only as PDF or image' },
    failureTitle: { es: 'Las tablas sólo están en PDF o como imagen', en: 'Tables are only available as PDF or image' },
    description: {
      es: 'Las tablas de datos no aparecen únicamente como imágenes, escaneos o PDF: cada una tiene un equivalente en datos.',
      en: 'Data tables do not appear only as images, scans or PDFs: each has a data equivalent.',
    },
    help: {
      es: 'Sustituya las imágenes de tablas por tablas HTML con encabezados y ofrezca el archivo de datos; evite PDF escaneados.',
      en: 'Replace images of tables with HTML tables with headers and offer the data file; avoid scanned PDFs.',
    },
  },
  (ctx) => {
    const { downloads, tableImages } = ctx.use(linksSignal);
    const documents = downloads.filter((d) => d.guess.format.document);
    const data = downloads.filter((d) => d.guess.format.machineReadable);
    if (!documents.length && !tableImages.length) {
      return notApplicable({ es: 'No hay documentos ni tablas en imagen.', en: 'There are no documents or table images.' });
    }
    const evidence = [
      ...tableImages.slice(0, 3).map((t) => elementEvidence(t.element, { es: 'Tabla como imagen', en: 'Table as image' }, t.snippet)),
      ...documents.slice(0, 4).map((d) => elementEvidence(d.element, { es: d.guess.format.label, en: d.guess.format.label }, d.text || d.url)),
    ];
    if (!data.length) {
      return fail(evidence, { es: 'Sólo hay documentos o imágenes, ninguno con su equivalente en datos.', en: 'There are only documents or images, none with a data equivalent.' });
    }
    if (tableImages.length) {
      return partial(evidence, { es: 'Hay datos descargables, pero algunas tablas se muestran como imagen.', en: 'There are data downloads, but some tables are shown as images.' });
    }
    return documents.length > data.length * 3
      ? partial(evidence, { es: 'La mayoría de los archivos son documentos; sólo unos pocos tienen versión en datos.', en: 'Most files are documents; only a few have a data version.' }, 0.6)
      : pass(evidence.slice(0, 2));
  },
);
