import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { licenceSignal } from '../../signals/licence.js';

export const licenceDeclared = defineCheck(
  {
    id: 'licence-declared',
    criterion: 'reutilizable',
    mode: 'auto',
    title: { es: 'Declara la licencia de uso de la información', en: 'States the licence of the information' },
    failureTitle: { es: 'No declara una licencia de uso', en: 'States no licence' },
    description: {
      es: 'La página dice en qué términos se puede usar la información (Libre Uso MX, CC BY, CC0, ODbL u otra), en texto visible, con rel="license" o en sus metadatos.',
      en: 'The page says on what terms the information may be used (Libre Uso MX, CC BY, CC0, ODbL or other), in visible text, with rel="license" or in its metadata.',
    },
    help: {
      es: 'Agregue junto a las descargas: «Licencia: Términos de Libre Uso MX» con un enlace rel="license" a los términos.',
      en: 'Add next to the downloads: "Licence: Libre Uso MX terms" with a rel="license" link to the terms.',
    },
  },
  (ctx) => {
    const { hits } = ctx.use(licenceSignal);
    if (!hits.length) return fail([], { es: 'No se encontró ninguna licencia.', en: 'No licence was found.' });
    const label = (h: (typeof hits)[number]) =>
      h.siteWide ? { es: `Aviso del sitio, pie o menú (${h.id})`, en: `Site-wide notice, footer or menu (${h.id})` } : { es: `Licencia (${h.id})`, en: `Licence (${h.id})` };
    const evidence = hits.slice(0, 3).map((h) => hitEvidence(h.snippet, h.element, label(h)));
    if (hits.every((h) => h.id === 'all-rights-reserved')) {
      // "Todos los derechos reservados" tells a reuser they may not: it is no licence to reuse.
      return fail(evidence, {
        es: 'Sólo hay un aviso de derechos reservados, no una licencia que diga cómo reutilizar.',
        en: 'There is only a rights-reserved notice, not a licence saying how to reuse.',
      });
    }
    const usable = hits.filter((h) => h.id !== 'all-rights-reserved');
    if (usable.every((h) => h.siteWide)) {
      return partial(evidence, {
        es: 'La licencia sólo aparece como aviso general del sitio (pie de página o menú), no junto a esta información.',
        en: 'The licence only appears as a site-wide notice (footer or menu), not next to this information.',
      }, 0.6);
    }
    return pass(evidence);
  },
);
