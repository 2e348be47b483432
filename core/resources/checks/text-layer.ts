import { fail, graded, unmeasured } from '../../checks/define.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';

/** Characters per page under which a page counts as an image (a scan with a page number at most). */
export const MIN_TEXT_CHARS_PER_PAGE = 20;

export const pdfTextLayer = defineResourceCheck(
  {
    id: 'pdf-text-layer',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    title: { es: 'El PDF tiene capa de texto (no es un escaneo)', en: 'The PDF has a text layer (it is not a scan)' },
    failureTitle: { es: 'El PDF es una imagen escaneada sin capa de texto', en: 'The PDF is a scanned image with no text layer' },
    description: {
      es: 'Cada página leída tiene texto seleccionable; un PDF hecho de imágenes no se puede buscar, copiar ni leer con lector de pantalla.',
      en: 'Each page read has selectable text; a PDF made of images cannot be searched, copied or read by a screen reader.',
    },
    help: {
      es: 'Genere el PDF desde el documento original (no lo escanee) o aplíquele reconocimiento de texto (OCR) y revise el resultado.',
      en: 'Produce the PDF from the original document (do not scan it) or run text recognition (OCR) on it and check the result.',
    },
  },
  ({ resource: r }) => {
    const p = r.pdf;
    if (r.kind !== 'pdf' || !p) return unmeasured({ es: 'No es un PDF.', en: 'Not a PDF.' });
    const evidence = resourceFacts(r).pdf();
    if (p.pagesRead === 0) return fail(evidence, { es: 'No se pudo leer ninguna página.', en: 'No page could be read.' });
    if (p.pagesWithText === 0) {
      return fail(evidence, { es: 'Ninguna página leída tiene texto: parece un documento escaneado.', en: 'No page read has text: it looks like a scan.' });
    }
    return graded(p.pagesWithText / p.pagesRead, evidence);
  },
);
