import { defineCheck, fail, notApplicable, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { licenceSignal } from '../../signals/licence.js';

export const licenceOpen = defineCheck(
  {
    id: 'licence-open',
    criterion: 'reutilizable',
    mode: 'auto',
    title: { es: 'La licencia permite reutilizar libremente', en: 'The licence allows free reuse' },
    failureTitle: { es: 'La licencia restringe la reutilización', en: 'The licence restricts reuse' },
    description: {
      es: 'La licencia declarada es abierta: permite copiar, redistribuir y usar con fines comerciales citando la fuente (Libre Uso MX, CC BY, CC BY-SA, CC0, ODbL).',
      en: 'The stated licence is open: it allows copying, redistribution and commercial use with attribution (Libre Uso MX, CC BY, CC BY-SA, CC0, ODbL).',
    },
    help: {
      es: 'Sustituya «Todos los derechos reservados» o licencias no comerciales por los Términos de Libre Uso MX.',
      en: 'Replace "All rights reserved" or non-commercial licences with the Libre Uso MX terms.',
    },
  },
  (ctx) => {
    const { hits } = ctx.use(licenceSignal);
    if (!hits.length) return notApplicable({ es: 'No hay licencia declarada (ver «Declara la licencia»).', en: 'No licence is stated (see "States the licence").' });
    const evidence = (list: typeof hits) => list.slice(0, 3).map((h) => hitEvidence(h.snippet, h.element, { es: `Licencia (${h.id})`, en: `Licence (${h.id})` }));
    const open = hits.filter((h) => h.open);
    const closed = hits.filter((h) => !h.open && h.id !== 'other');
    if (open.length && !closed.length) return pass(evidence(open));
    if (open.length) return partial(evidence([...open, ...closed]), { es: 'Declara una licencia abierta y también restricciones contradictorias.', en: 'States an open licence and also conflicting restrictions.' });
    if (closed.length) return fail(evidence(closed), { es: 'La licencia declarada no es abierta.', en: 'The stated licence is not open.' });
    return partial(evidence(hits), { es: 'La licencia no es una de las licencias abiertas reconocidas; revise sus términos.', en: 'The licence is not a recognised open licence; check its terms.' }, 0.5);
  },
);
