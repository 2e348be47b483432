import { defineCheck, needsReview } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { licenceSignal } from '../../signals/licence.js';
import { wallsSignal } from '../../signals/walls.js';

export const reuseTermsReview = defineCheck(
  {
    id: 'reuse-terms-review',
    criterion: 'reutilizable',
    mode: 'review',
    title: { es: 'Los términos de uso permiten reutilizar sin pedir permiso', en: 'The terms of use allow reuse without asking permission' },
    failureTitle: { es: 'Los términos de uso limitan la reutilización', en: 'The terms of use limit reuse' },
    description: {
      es: 'Una persona revisa que los términos (licencia, avisos legales, condiciones del portal) no contradigan la reutilización libre y gratuita.',
      en: 'A person checks that the terms (licence, legal notices, portal conditions) do not contradict free reuse.',
    },
    help: {
      es: 'Lea la licencia y los avisos legales del portal: no deben pedir autorización previa, prohibir el uso comercial ni exigir más que citar la fuente.',
      en: 'Read the licence and the portal’s legal notices: they must not require prior permission, forbid commercial use or ask more than attribution.',
    },
    question: {
      es: '¿Los términos de uso permiten copiar, redistribuir y usar comercialmente la información citando la fuente, sin pedir permiso?',
      en: 'Do the terms of use allow copying, redistributing and commercial use with attribution, without asking permission?',
    },
    guidance: {
      es: 'Sí: Libre Uso MX, CC BY o CC0 sin condiciones añadidas. Parcial: licencia abierta pero avisos del portal que la contradicen. No: «todos los derechos reservados», uso no comercial o autorización previa. No aplica: la página no publica información reutilizable.',
      en: 'Yes: Libre Uso MX, CC BY or CC0 with nothing added. Partial: open licence contradicted by portal notices. No: "all rights reserved", non-commercial or prior permission. N/A: the page publishes nothing reusable.',
    },
  },
  (ctx) => {
    const evidence = [
      ...ctx.use(licenceSignal).hits.slice(0, 3).map((h) => hitEvidence(h.snippet, h.element, { es: 'Licencia', en: 'Licence' })),
      ...ctx.use(wallsSignal).walls.slice(0, 2).map((w) => elementEvidence(w.element, { es: 'Barrera', en: 'Barrier' }, w.snippet)),
    ];
    return needsReview(evidence);
  },
);
