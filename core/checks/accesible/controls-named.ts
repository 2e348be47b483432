import { defineCheck, graded, notApplicable } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { a11yBasicsSignal } from '../../signals/a11y-basics.js';

export const controlsNamed = defineCheck(
  {
    id: 'controls-named',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'Enlaces, botones y campos tienen nombre accesible', en: 'Links, buttons and fields have accessible names' },
    failureTitle: { es: 'Hay enlaces, botones o campos sin nombre accesible', en: 'Some links, buttons or fields lack accessible names' },
    description: {
      es: 'Cada enlace y botón tiene texto (o aria-label) y cada campo de formulario tiene su etiqueta <label>.',
      en: 'Every link and button has text (or aria-label) and every form field has a <label>.',
    },
    help: {
      es: 'Dé texto a los enlaces de ícono (aria-label="Descargar CSV") y asocie cada campo a un <label for>.',
      en: 'Give icon links text (aria-label="Download CSV") and associate each field with a <label for>.',
    },
  },
  (ctx) => {
    const info = ctx.use(a11yBasicsSignal);
    const total = info.links + info.buttons + info.fields;
    if (!total) return notApplicable({ es: 'No hay enlaces, botones ni campos.', en: 'There are no links, buttons or fields.' });
    const problems = [
      ...info.unnamedLinks.map((i) => ({ ...i, label: { es: 'Enlace sin nombre', en: 'Unnamed link' } })),
      ...info.unnamedButtons.map((i) => ({ ...i, label: { es: 'Botón sin nombre', en: 'Unnamed button' } })),
      ...info.unlabelledFields.map((i) => ({ ...i, label: { es: 'Campo sin etiqueta', en: 'Unlabelled field' } })),
    ];
    const share = problems.length / total;
    return graded(share === 0 ? 1 : Math.max(0, 0.85 - share * 3), problems.slice(0, 6).map((p) => elementEvidence(p.element, p.label, p.snippet)), {
      es: `${problems.length} de ${total} controles sin nombre.`,
      en: `${problems.length} of ${total} controls unnamed.`,
    });
  },
);
