import { defineCheck, graded, unmeasured, pass } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { resourceHealthSignal } from '../../signals/resource-health.js';

export const downloadsReachable = defineCheck(
  {
    id: 'downloads-reachable',
    criterion: 'completa',
    mode: 'auto',
    title: { es: 'Los archivos se pueden descargar completos', en: 'The files can be downloaded in full' },
    failureTitle: { es: 'Hay archivos que no se pueden descargar', en: 'Some files cannot be downloaded' },
    description: {
      es: 'Cada archivo enlazado que se comprobó responde, no está vacío y es el archivo anunciado (no una página HTML de error en lugar de un CSV).',
      en: 'Each linked file that was checked answers, is not empty and is the announced file (not an HTML error page instead of a CSV).',
    },
    help: {
      es: 'Revise que cada enlace de descarga entregue el archivo con su tipo correcto y con contenido.',
      en: 'Make sure each download link delivers the file with its proper type and with content.',
    },
  },
  (ctx) => {
    const files = ctx.use(resourceHealthSignal).checked.filter((r) => r.isFile);
    if (!files.length) {
      return unmeasured({ es: 'No hay archivos comprobados (sin datos HEAD).', en: 'No files were checked (no HEAD data).' });
    }
    const bad = files.filter((r) => r.broken || r.suspect);
    if (!bad.length) return pass([valueEvidence(files.length, { es: 'Archivos comprobados', en: 'Files checked' })]);
    const evidence = [
      valueEvidence(`${bad.length}/${files.length}`, { es: 'Archivos con problemas', en: 'Files with problems' }),
      ...bad.slice(0, 8).map((r) => hitEvidence(`${r.url} — ${r.reason}`, r.element, { es: 'Descarga fallida', en: 'Failed download' })),
    ];
    return graded(Math.min(0.85, 1 - bad.length / files.length), evidence);
  },
);
