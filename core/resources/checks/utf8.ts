import { fail, pass, unmeasured } from '../../checks/define.js';
import { defineResourceCheck, TEXT_KINDS } from './define.js';
import { resourceFacts } from './evidence.js';

const UTF8 = /^(utf-?8|ascii|us-ascii)$/i;

export const textUtf8 = defineResourceCheck(
  {
    id: 'text-utf8',
    criterion: 'reutilizable',
    mode: 'auto',
    title: { es: 'El archivo de texto está en UTF-8', en: 'The text file is in UTF-8' },
    failureTitle: { es: 'El archivo de texto no está en UTF-8', en: 'The text file is not in UTF-8' },
    description: {
      es: 'La guía mexicana de datos abiertos pide codificación UTF-8: con Latin-1 o Windows-1252 los acentos y la ñ se rompen en otros programas.',
      en: 'The Mexican open-data guide requires UTF-8: with Latin-1 or Windows-1252 accents and ñ break in other programs.',
    },
    help: { es: 'Guarde el archivo como «CSV UTF-8» o conviértalo con una herramienta como iconv.', en: 'Save the file as “CSV UTF-8” or convert it with a tool such as iconv.' },
  },
  ({ resource: r }) => {
    if (!TEXT_KINDS.has(r.kind) || !r.encoding) return unmeasured({ es: 'No es un archivo de texto.', en: 'Not a text file.' });
    const evidence = resourceFacts(r).encoding();
    return UTF8.test(r.encoding) ? pass(evidence) : fail(evidence, { es: `Codificación detectada: ${r.encoding}.`, en: `Detected encoding: ${r.encoding}.` });
  },
);
