import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { completenessSignal } from '../../signals/completeness.js';
import { publishesData } from './applicability.js';

export const dataDictionary = defineCheck(
  {
    id: 'data-dictionary',
    criterion: 'completa',
    mode: 'auto',
    title: { es: 'Ofrece diccionario de datos', en: 'Offers a data dictionary' },
    failureTitle: { es: 'No ofrece diccionario de datos', en: 'Offers no data dictionary' },
    description: {
      es: 'Los datos publicados vienen con un diccionario que explica cada campo: nombre, descripción, tipo y unidades.',
      en: 'The published data come with a dictionary explaining each field: name, description, type and units.',
    },
    help: {
      es: 'Publique junto a los datos un "Diccionario de datos" (CSV o tabla) con el significado de cada columna.',
      en: 'Publish a "Diccionario de datos" (CSV or table) next to the data, explaining each column.',
    },
  },
  (ctx) => {
    if (!publishesData(ctx)) {
      return notApplicable({ es: 'La página no publica archivos de datos.', en: 'The page publishes no data files.' });
    }
    const { dictionary } = ctx.use(completenessSignal);
    if (dictionary.length) return pass(dictionary.slice(0, 3).map((d) => hitEvidence(d.snippet, d.element, { es: 'Diccionario de datos', en: 'Data dictionary' })));
    return fail([], { es: 'Hay datos, pero no se encontró su diccionario.', en: 'There are data files but no dictionary was found.' });
  },
);
