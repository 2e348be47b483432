import { z } from 'zod';
import { graded } from '../../checks/define.js';
import { resourceStars } from '../stars.js';
// The page's openness scale (design §2), shared so a calibration of one moves both.
import { OpennessParams } from '../../checks/formatos-abiertos/openness-stars.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';





export const resourceOpennessStars = defineResourceCheck(
  {
    id: 'resource-openness-stars',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    title: { es: 'Nivel de apertura del archivo (estrellas)', en: 'Openness level of the file (stars)' },
    failureTitle: { es: 'Nivel de apertura bajo del archivo (estrellas)', en: 'Low openness level of the file (stars)' },
    description: {
      es: 'Estrellas de datos abiertos según lo que el archivo es en realidad: PDF 1, XLS/XLSX 2, CSV/JSON/XML/ODS 3; un PDF escaneado o un HTML no suman.',
      en: 'Open-data stars for what the file really is: PDF 1, XLS/XLSX 2, CSV/JSON/XML/ODS 3; a scanned PDF or HTML earns nothing more.',
    },
    help: {
      es: 'Publique los datos en CSV (UTF-8) o JSON; si sólo hay Excel, agregue la misma tabla en CSV u ODS.',
      en: 'Publish the data as CSV (UTF-8) or JSON; if there is only Excel, add the same table as CSV or ODS.',
    },
  },
  OpennessParams,
  ({ resource: r }, p) => {
    const stars = resourceStars(r.kind, !r.parseError);
    const evidence = [
      { kind: 'value' as const, value: stars, label: { es: 'Estrellas', en: 'Stars' } },
      resourceFacts(r).kind(),
    ];
    return graded(p.scoreByStars[stars] ?? 0, evidence, { es: `${stars} de 5 estrellas.`, en: `${stars} of 5 stars.` });
  },
);
