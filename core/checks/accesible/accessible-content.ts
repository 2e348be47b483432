import { defineCheck, fail, partial, pass } from '../define.js';
import { a11yBasicsSignal } from '../../signals/a11y-basics.js';
import { complianceSignal, EXPLAINS_WORDS, SOME_OWN_WORDS } from '../../signals/compliance.js';
import { elementEvidence, valueEvidence } from '../../signals/dom.js';
import { linksSignal } from '../../signals/links.js';


export const accessibleContent = defineCheck(
  {
    id: 'accessible-content',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'La información está en la página o en formatos accesibles', en: 'The information is on the page or in accessible formats' },
    failureTitle: { es: 'La información sólo está en documentos o imágenes', en: 'The information is only in documents or images' },
    description: {
      es: 'Lo que la página publica se puede leer con un lector de pantalla o ampliar en un celular: texto y tablas en HTML, o datos en formatos abiertos. No queda encerrado en PDF, documentos escaneados o imágenes de tablas.',
      en: 'What the page publishes can be read with a screen reader or zoomed on a phone: HTML text and tables, or data in open formats. It is not locked in PDFs, scanned documents or images of tables.',
    },
    help: {
      es: 'Presente en la página lo esencial de cada documento (un resumen, las cifras principales en una tabla HTML con encabezados) y ofrezca los datos en CSV o XLSX; si publica PDF, que sean PDF etiquetados con capa de texto.',
      en: 'Present the essentials of each document on the page (a summary, the key figures in an HTML table with headers) and offer the data as CSV or XLSX; PDFs, if any, should be tagged and have a text layer.',
    },
  },
  (ctx) => {
    const { ownWords, documentLinks, dataLinks } = ctx.use(complianceSignal);
    const { tableImages, downloads } = ctx.use(linksSignal);
    const { dataTables, tablesWithoutHeaders } = ctx.use(a11yBasicsSignal);
    const htmlTables = dataTables - tablesWithoutHeaders.length;
    const evidence = [
      valueEvidence(ownWords, { es: 'Palabras de texto propio', en: 'Words of own text' }),
      valueEvidence(`${htmlTables}/${dataLinks}/${documentLinks}`, { es: 'Tablas HTML con encabezados / archivos de datos / documentos', en: 'HTML tables with headers / data files / documents' }),
      ...tableImages.slice(0, 2).map((t) => elementEvidence(t.element, { es: 'Tabla como imagen', en: 'Table as image' }, t.snippet)),
      ...downloads.filter((d) => d.guess.format.document).slice(0, 2).map((d) => elementEvidence(d.element, { es: d.guess.format.label, en: d.guess.format.label }, d.text || d.url)),
    ];
    const accessible = ownWords >= EXPLAINS_WORDS || htmlTables > 0 || dataLinks > 0;
    const locked = documentLinks > 0 || tableImages.length > 0;
    if (!accessible && !locked) {
      // Nothing to read is not accessible information (an empty page passes no accessibility test of its content).
      return ownWords >= SOME_OWN_WORDS
        ? pass(evidence)
        : fail(evidence, { es: 'La página casi no tiene contenido propio: no hay información accesible que leer.', en: 'The page has almost no content of its own: there is no accessible information to read.' });
    }
    if (accessible && !tableImages.length) return pass(evidence);
    if (accessible || ownWords >= SOME_OWN_WORDS) {
      return partial(evidence, {
        es: 'Parte de la información sólo está en documentos o imágenes sin versión accesible en la página.',
        en: 'Part of the information is only in documents or images with no accessible version on the page.',
      });
    }
    return fail(evidence, {
      es: 'La información sólo está en documentos o imágenes: no hay texto, tablas HTML ni datos que un lector de pantalla pueda leer.',
      en: 'The information is only in documents or images: there is no text, HTML table or data a screen reader can read.',
    });
  },
);
