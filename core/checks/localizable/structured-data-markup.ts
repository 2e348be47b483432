import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { structuredDataSignal } from '../../signals/structured-data.js';

export const structuredDataMarkup = defineCheck(
  {
    id: 'structured-data-markup',
    criterion: 'localizable',
    mode: 'auto',
    title: { es: 'Describe los datos con metadatos estructurados (schema.org, DCAT)', en: 'Describes the data with structured metadata (schema.org, DCAT)' },
    failureTitle: { es: 'No tiene metadatos estructurados para buscadores y catálogos', en: 'Has no structured metadata for search engines and catalogues' },
    description: {
      es: 'La página marca sus datos como schema.org Dataset o DCAT (JSON-LD, microdatos o RDFa), lo que permite que buscadores de datos y catálogos como datos.gob.mx la encuentren.',
      en: 'The page marks up its data as a schema.org Dataset or DCAT (JSON-LD, microdata or RDFa), so dataset search engines and catalogues such as datos.gob.mx can find it.',
    },
    help: {
      es: 'Agregue un <script type="application/ld+json"> con @type Dataset: name, description, dateModified, keywords, license y distribution.',
      en: 'Add a <script type="application/ld+json"> with @type Dataset: name, description, dateModified, keywords, license and distribution.',
    },
  },
  (ctx) => {
    const info = ctx.use(structuredDataSignal);
    const best = [...info.datasets].sort((a, b) => b.fields.length - a.fields.length)[0];
    if (best) {
      const evidence = [hitEvidence(`${best.source}: ${best.name ?? 'Dataset'} (${best.fields.join(', ')})`, best.element, { es: 'Dataset', en: 'Dataset' })];
      return best.fields.length >= 5 ? pass(evidence) : partial(evidence, { es: 'El Dataset tiene pocos de los metadatos obligatorios.', en: 'The Dataset has few of the mandatory fields.' }, 0.6);
    }
    if (info.otherTypes.length) {
      return partial([hitEvidence(info.otherTypes.join(', '), null, { es: 'schema.org', en: 'schema.org' })], {
        es: 'Hay marcado estructurado, pero no describe un conjunto de datos.',
        en: 'There is structured markup, but it does not describe a dataset.',
      }, 0.4);
    }
    return fail();
  },
);
