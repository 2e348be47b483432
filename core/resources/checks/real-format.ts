import { fail, partial, pass } from '../../checks/define.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';

/** The file is what its name or server announce, and its library reads it. */
export const resourceRealFormat = defineResourceCheck(
  {
    id: 'resource-real-format',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    title: { es: 'El archivo es del formato anunciado y se puede leer', en: 'The file is in the announced format and can be read' },
    failureTitle: { es: 'El archivo no es del formato anunciado o no se puede leer', en: 'The file is not in the announced format or cannot be read' },
    description: {
      es: 'Se leen los bytes del archivo: un «.csv» que entrega una página HTML, o un JSON que no se puede analizar, no son datos abiertos.',
      en: 'The file’s bytes are read: a “.csv” that serves an HTML page, or JSON that cannot be parsed, is not open data.',
    },
    help: {
      es: 'Enlace directamente al archivo de datos y sirva cada formato con su tipo de contenido correcto.',
      en: 'Link straight to the data file and serve each format with its proper content type.',
    },
  },
  ({ resource: r }) => {
    const facts = resourceFacts(r);
    const evidence = [facts.kind(), facts.declared(), ...facts.contentType(), ...facts.parseError()];
    if (r.kind === 'html' && r.declared !== 'html') {
      return fail(evidence, { es: `Se anuncia como ${r.declared.toUpperCase()} pero entrega una página HTML.`, en: `Announced as ${r.declared.toUpperCase()} but serves an HTML page.` });
    }
    if (r.parseError || r.kind === 'unknown') {
      return fail(evidence, { es: 'La biblioteca del formato no pudo leer el archivo.', en: 'The format’s library could not read the file.' });
    }
    if (r.declared !== 'unknown' && r.declared !== r.kind && !(r.declared === 'csv' && r.kind === 'tsv')) {
      return partial(evidence, { es: `Se anuncia como ${r.declared.toUpperCase()} pero es ${r.kind.toUpperCase()}.`, en: `Announced as ${r.declared.toUpperCase()} but it is ${r.kind.toUpperCase()}.` });
    }
    return pass(evidence);
  },
);
