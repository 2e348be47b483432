import { defineCheck, needsReview } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';

export const findabilityReview = defineCheck(
  {
    id: 'findability-review',
    criterion: 'localizable',
    mode: 'review',
    title: { es: 'Se llega a la información en pocos clics y se difunde donde está su público', en: 'The information is a few clicks away and disseminated where its audience is' },
    failureTitle: { es: 'La información es difícil de encontrar o no se difunde', en: 'The information is hard to find or not disseminated' },
    description: {
      es: 'Una persona verifica que la página se alcanza desde la página de inicio en tres clics o menos, aparece en el buscador del sitio y se difunde por los canales de su público.',
      en: 'A person checks that the page is reachable from the home page in three clicks or fewer, appears in the site search and is disseminated through its audience’s channels.',
    },
    help: {
      es: 'Parta de la página de inicio del sujeto obligado; cuente los clics; busque el tema en el buscador del sitio y en un buscador general; revise redes sociales o boletines.',
      en: 'Start at the body’s home page; count clicks; search the topic in the site search and a general search engine; check social media or newsletters.',
    },
    question: {
      es: '¿Se llega a esta información desde la página de inicio en tres clics o menos y se difunde donde está su público?',
      en: 'Can this information be reached from the home page in three clicks or fewer, and is it disseminated where its audience is?',
    },
    guidance: {
      es: 'Sí: ≤ 3 clics y difusión activa. Parcial: se encuentra, pero en más clics o sin difusión. No: sólo se llega con la URL exacta.',
      en: 'Yes: ≤ 3 clicks and active dissemination. Partial: findable, but deeper or not disseminated. No: only reachable with the exact URL.',
    },
  },
  (ctx) => {
    const nav = ctx.doc.querySelector('nav');
    const share = ctx.doc.querySelector('a[href*="facebook.com/sharer" i], a[href*="twitter.com/intent" i], a[href*="x.com/intent" i], a[href*="wa.me" i], a[href*="whatsapp" i]');
    return needsReview([
      ...(nav ? [elementEvidence(nav, { es: 'Navegación', en: 'Navigation' })] : []),
      ...(share ? [elementEvidence(share, { es: 'Compartir', en: 'Share' })] : []),
    ]);
  },
);
