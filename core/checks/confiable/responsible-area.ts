import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { responsibleSignal } from '../../signals/responsible.js';

export const responsibleArea = defineCheck(
  {
    id: 'responsible-area',
    criterion: 'confiable',
    mode: 'auto',
    title: { es: 'Identifica al área responsable de la información', en: 'Names the office responsible for the information' },
    failureTitle: { es: 'No identifica al área responsable', en: 'Does not name the responsible office' },
    description: {
      es: 'La página dice qué área o unidad administrativa generó la información y responde por ella ("Área responsable: …").',
      en: 'The page says which office or administrative unit produced the information and answers for it ("Área responsable: …").',
    },
    help: {
      es: 'Agregue "Área responsable: Dirección General de …" junto a la información.',
      en: 'Add "Área responsable: Dirección General de …" next to the information.',
    },
  },
  (ctx) => {
    const { areas } = ctx.use(responsibleSignal);
    const labelled = areas.filter((a) => a.source === 'label');
    if (labelled.length) return pass(labelled.slice(0, 3).map((a) => hitEvidence(a.snippet, a.element, { es: 'Área responsable', en: 'Responsible office' })));
    if (areas.length) {
      return partial(areas.slice(0, 3).map((a) => hitEvidence(a.snippet, a.element, { es: `Posible área (${a.source})`, en: `Possible office (${a.source})` })), {
        es: 'Se menciona una dependencia o área, pero no se declara como responsable de la información.',
        en: 'An office is mentioned, but it is not stated as responsible for the information.',
      });
    }
    return fail([], { es: 'No se encontró el área responsable.', en: 'No responsible office was found.' });
  },
);
