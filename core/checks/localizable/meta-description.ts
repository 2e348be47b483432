import { defineCheck, fail, partial, pass } from '../define.js';
import { clip, elementEvidence } from '../../signals/dom.js';

export const metaDescription = defineCheck(
  {
    id: 'meta-description',
    criterion: 'localizable',
    mode: 'auto',
    title: { es: 'Tiene una descripción para buscadores', en: 'Has a description for search engines' },
    failureTitle: { es: 'No tiene descripción para buscadores', en: 'Has no description for search engines' },
    description: {
      es: 'La etiqueta <meta name="description"> resume la página en 50 a 300 caracteres; los buscadores la muestran bajo el título.',
      en: 'The <meta name="description"> tag summarises the page in 50 to 300 characters; search engines show it under the title.',
    },
    help: {
      es: 'Agregue <meta name="description" content="…"> con qué información hay, de qué periodo y para qué sirve.',
      en: 'Add <meta name="description" content="…"> saying what information there is, for which period and what it is for.',
    },
  },
  (ctx) => {
    const meta = ctx.doc.querySelector('meta[name="description" i], meta[property="og:description" i]');
    const content = clip(meta?.getAttribute('content') ?? '', 500);
    if (!meta || !content) return fail();
    const evidence = [elementEvidence(meta, { es: 'Descripción', en: 'Description' }, content)];
    if (content.length < 50) return partial(evidence, { es: 'La descripción es muy corta.', en: 'The description is too short.' });
    if (content.length > 300) return partial(evidence, { es: 'La descripción es muy larga; los buscadores la cortan.', en: 'The description is too long; search engines cut it.' }, 0.7);
    return pass(evidence);
  },
);
