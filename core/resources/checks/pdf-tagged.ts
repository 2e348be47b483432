import { fail, partial, pass, unmeasured } from '../../checks/define.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';

export const pdfTagged = defineResourceCheck(
  {
    id: 'pdf-tagged',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'El PDF está etiquetado para lectores de pantalla', en: 'The PDF is tagged for screen readers' },
    failureTitle: { es: 'El PDF no está etiquetado para lectores de pantalla', en: 'The PDF is not tagged for screen readers' },
    description: {
      es: 'Un PDF etiquetado (estructura de títulos, párrafos y tablas) y con idioma declarado se puede leer con tecnologías de apoyo.',
      en: 'A tagged PDF (structure of headings, paragraphs and tables) with a declared language can be read with assistive technology.',
    },
    help: {
      es: 'Exporte el PDF con «etiquetas de accesibilidad» activadas y declare el idioma del documento (es-MX).',
      en: 'Export the PDF with “accessibility tags” on and declare the document language (es-MX).',
    },
  },
  ({ resource: r }) => {
    const p = r.pdf;
    if (r.kind !== 'pdf' || !p) return unmeasured({ es: 'No es un PDF.', en: 'Not a PDF.' });
    const evidence = resourceFacts(r).pdf();
    if (!p.tagged) return fail(evidence, { es: 'El documento no declara estructura etiquetada.', en: 'The document declares no tagged structure.' });
    if (!p.lang) return partial(evidence, { es: 'Está etiquetado pero no declara su idioma.', en: 'It is tagged but declares no language.' }, 0.75);
    return pass(evidence);
  },
);
