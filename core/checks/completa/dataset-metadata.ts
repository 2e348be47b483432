import { defineCheck, fail, graded, notApplicable, partial } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { completenessSignal } from '../../signals/completeness.js';
import { datesSignal } from '../../signals/dates.js';
import { responsibleSignal } from '../../signals/responsible.js';
import { sourceSignal } from '../../signals/source.js';
import { textBlocksSignal } from '../../signals/text-blocks.js';
import { publishesData } from './applicability.js';

const LICENCE = /licencia|libre uso mx|creative commons|cc[ -]by|cc0|odbl|t[ée]rminos de (?:uso|libre uso)/i;

export const datasetMetadata = defineCheck(
  {
    id: 'dataset-metadata',
    criterion: 'completa',
    mode: 'auto',
    title: { es: 'Describe los datos con metadatos completos', en: 'Describes the data with complete metadata' },
    failureTitle: { es: 'Faltan metadatos de los datos', en: 'Data metadata are missing' },
    description: {
      es: 'El conjunto de datos tiene los metadatos obligatorios (identificador, título, descripción, fecha de modificación, contacto, página, periodicidad, distribución, licencia), en marcado legible por máquinas (schema.org/DCAT).',
      en: 'The dataset carries the mandatory metadata (identifier, title, description, modified, contact point, landing page, periodicity, distribution, licence) in machine-readable markup (schema.org/DCAT).',
    },
    help: {
      es: 'Agregue un bloque JSON-LD schema.org "Dataset" (o DCAT) con todos los campos obligatorios.',
      en: 'Add a JSON-LD schema.org "Dataset" (or DCAT) block with every mandatory field.',
    },
  },
  (ctx) => {
    if (!publishesData(ctx)) return notApplicable({ es: 'La página no publica archivos de datos.', en: 'The page publishes no data files.' });
    const { dataset } = ctx.use(completenessSignal);
    if (dataset) {
      const total = dataset.present.length + dataset.missing.length;
      const evidence = [
        valueEvidence(`${dataset.present.length}/${total}`, { es: 'Campos obligatorios presentes', en: 'Mandatory fields present' }),
        ...(dataset.missing.length ? [valueEvidence(dataset.missing.join(', '), { es: 'Campos faltantes', en: 'Missing fields' })] : []),
      ];
      return graded(dataset.present.length / total, evidence);
    }
    // No machine-readable metadata: count the fields a reader can see.
    const visible: string[] = [];
    const dates = ctx.use(datesSignal);
    if (dates.dates.some((d) => d.visible)) visible.push('fecha');
    if (dates.periodicity) visible.push('periodicidad');
    if (ctx.use(responsibleSignal).areas.some((a) => a.source === 'label')) visible.push('área responsable');
    if (ctx.use(sourceSignal).sources.length) visible.push('fuente');
    if (ctx.use(textBlocksSignal).blocks.some((b) => LICENCE.test(b.text))) visible.push('licencia');
    const evidence = [valueEvidence(visible.join(', ') || '—', { es: 'Metadatos visibles', en: 'Visible metadata' })];
    const detail = {
      es: 'No hay metadatos legibles por máquinas (schema.org Dataset o DCAT).',
      en: 'There is no machine-readable metadata (schema.org Dataset or DCAT).',
    };
    return visible.length >= 3 ? partial(evidence, detail, 0.5) : fail(evidence, detail);
  },
);
