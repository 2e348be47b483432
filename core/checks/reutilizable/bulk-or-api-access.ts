import { defineCheck, fail, partial, pass } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { linksSignal } from '../../signals/links.js';
import { wallsSignal } from '../../signals/walls.js';

export const bulkOrApiAccess = defineCheck(
  {
    id: 'bulk-or-api-access',
    criterion: 'reutilizable',
    mode: 'auto',
    title: { es: 'Permite la descarga completa o el acceso por API', en: 'Allows bulk download or API access' },
    failureTitle: { es: 'No permite descargar los datos completos ni consultarlos por API', en: 'Offers neither bulk download nor API access' },
    description: {
      es: 'Los datos se pueden obtener completos en un archivo de datos o mediante una API, no sólo consultarse registro por registro en pantalla.',
      en: 'The data can be obtained whole as a data file or through an API, not only looked up record by record on screen.',
    },
    help: {
      es: 'Ofrezca el archivo completo (CSV o ZIP de CSV) y, si los datos cambian a menudo, una API documentada.',
      en: 'Offer the whole file (CSV or a ZIP of CSVs) and, if the data changes often, a documented API.',
    },
  },
  (ctx) => {
    const { downloads } = ctx.use(linksSignal);
    const label = (d: (typeof downloads)[number]) => ({ es: d.guess.format.label, en: d.guess.format.label });
    const api = downloads.filter((d) => d.guess.format.id === 'api' || d.guess.format.id === 'sparql' || d.guess.format.id === 'ogc');
    const data = downloads.filter((d) => d.guess.format.machineReadable && (!d.head || d.head.ok));
    if (api.length || data.length) {
      const evidence = [...api, ...data].slice(0, 4).map((d) => elementEvidence(d.element, label(d), d.text || d.url));
      if (ctx.use(wallsSignal).walls.length) {
        return partial(evidence, { es: 'Los datos completos existen, pero detrás de un registro o captcha.', en: 'The full data exists, but behind a registration or captcha.' });
      }
      return pass(evidence);
    }
    if (downloads.length) {
      return partial(downloads.slice(0, 3).map((d) => elementEvidence(d.element, label(d), d.text || d.url)), {
        es: 'Hay archivos, pero ninguno con los datos en forma reutilizable.',
        en: 'There are files, but none holds the data in reusable form.',
      }, 0.25);
    }
    return fail([], { es: 'No hay descarga de datos ni API.', en: 'There is no data download or API.' });
  },
);
