import { defineCheck, graded, unmeasured, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { valueEvidence } from '../../signals/dom.js';
import { resourceHealthSignal } from '../../signals/resource-health.js';

export const downloadsNotBroken = defineCheck(
  {
    id: 'downloads-not-broken',
    criterion: 'confiable',
    mode: 'auto',
    title: { es: 'Sus enlaces y descargas funcionan', en: 'Its links and downloads work' },
    failureTitle: { es: 'Tiene enlaces o descargas rotos', en: 'Has broken links or downloads' },
    description: {
      es: 'Los recursos enlazados que se comprobaron responden sin error (HTTP 2xx/3xx). Se califica por la proporción de enlaces sanos.',
      en: 'The linked resources that were checked answer without error (HTTP 2xx/3xx). Scored by the share of working links.',
    },
    help: {
      es: 'Corrija o retire los enlaces que responden con error (404, 500…) o que no cargan.',
      en: 'Fix or remove links that answer with an error (404, 500…) or do not load.',
    },
  },
  (ctx) => {
    const { checked, unchecked } = ctx.use(resourceHealthSignal);
    if (!checked.length) {
      return unmeasured(
        { es: 'No hay datos de comprobación (HEAD) de los enlaces.', en: 'There are no HEAD check data for the links.' },
        unchecked ? [valueEvidence(unchecked, { es: 'Enlaces sin comprobar', en: 'Unchecked links' })] : [],
      );
    }
    const broken = checked.filter((r) => r.broken);
    if (!broken.length) return pass([valueEvidence(checked.length, { es: 'Enlaces comprobados', en: 'Links checked' })]);
    const evidence = [
      valueEvidence(`${broken.length}/${checked.length}`, { es: 'Enlaces rotos', en: 'Broken links' }),
      ...broken.slice(0, 8).map((r) => hitEvidence(`${r.url} — ${r.reason}`, r.element, { es: 'Enlace roto', en: 'Broken link' })),
    ];
    // Any broken link stops a pass: the score is the working share, capped below the pass line.
    return graded(Math.min(0.85, 1 - broken.length / checked.length), evidence);
  },
);
