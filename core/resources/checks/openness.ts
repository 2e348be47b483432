import { graded } from '../../checks/define.js';
import { resourceStars } from '../stars.js';
// The page's openness scale (design §2), shared so a calibration of one moves both.
import { SCORE_BY_STARS } from '../../checks/formatos-abiertos/openness-stars.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';



export const resourceOpennessStars = defineResourceCheck(
  {
    id: 'resource-openness-stars',
    criterion: 'formatos-abiertos',
    mode: 'auto',
    weight: 1,
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
    recommendation: {
      what: { es: 'Ofrecer el archivo en un formato de 3 estrellas o más (CSV, JSON, XML, ODS).', en: 'Offer the file in a 3-star format or better (CSV, JSON, XML, ODS).' },
      why: { es: 'Cada estrella reduce el trabajo de quien reutiliza los datos.', en: 'Each star reduces the work of whoever reuses the data.' },
      rule: { es: 'Esquema de cinco estrellas de datos abiertos (Berners-Lee); LGTAIP 2015, art. 3 fr. X', en: 'Five-star open data scheme (Berners-Lee); LGTAIP 2015, art. 3 (X)' },
    },
  },
  ({ resource: r }) => {
    const stars = resourceStars(r.kind, !r.parseError);
    const evidence = [
      { kind: 'value' as const, value: stars, label: { es: 'Estrellas', en: 'Stars' } },
      resourceFacts(r).kind(),
    ];
    return graded(SCORE_BY_STARS[stars] ?? 0, evidence, { es: `${stars} de 5 estrellas.`, en: `${stars} of 5 stars.` });
  },
);
