import { defineCheck, fail, partial, pass } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { a11yBasicsSignal } from '../../signals/a11y-basics.js';

export const headingStructure = defineCheck(
  {
    id: 'heading-structure',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'Los encabezados forman una estructura ordenada', en: 'Headings form an ordered structure' },
    failureTitle: { es: 'Los encabezados no forman una estructura ordenada', en: 'Headings do not form an ordered structure' },
    description: {
      es: 'Hay un encabezado principal <h1> y los niveles bajan de uno en uno (h2 → h3), lo que permite navegar con lector de pantalla.',
      en: 'There is a main <h1> heading and levels go down one at a time (h2 → h3), which lets screen-reader users navigate.',
    },
    help: {
      es: 'Marque las secciones con h2, sus subsecciones con h3, sin saltar niveles ni usar negritas como títulos.',
      en: 'Mark sections with h2 and subsections with h3, without skipping levels or using bold text as headings.',
    },
  },
  (ctx) => {
    const { headings, skippedLevels } = ctx.use(a11yBasicsSignal);
    if (!headings.length) return fail([], { es: 'La página no tiene encabezados.', en: 'The page has no headings.' });
    const h1 = headings.find((h) => h.level === 1);
    const evidence = skippedLevels.slice(0, 5).map((s) => elementEvidence(s.element, { es: 'Nivel saltado', en: 'Skipped level' }, s.snippet));
    if (!h1) return partial(evidence, { es: 'Falta un encabezado principal h1.', en: 'There is no main h1 heading.' });
    if (skippedLevels.length) return partial(evidence, { es: 'Hay niveles de encabezado saltados.', en: 'Some heading levels are skipped.' }, 0.6);
    return pass([elementEvidence(h1.element, { es: 'h1', en: 'h1' })]);
  },
);
