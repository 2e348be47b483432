import { defineCheck, graded, notApplicable } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { a11yBasicsSignal } from '../../signals/a11y-basics.js';

export const imagesAlt = defineCheck(
  {
    id: 'images-alt',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'Las imágenes tienen texto alternativo', en: 'Images have alternative text' },
    failureTitle: { es: 'Hay imágenes sin texto alternativo', en: 'Some images lack alternative text' },
    description: {
      es: 'Cada imagen tiene atributo alt: una descripción si informa algo, o alt="" si es decorativa.',
      en: 'Every image has an alt attribute: a description if it conveys information, or alt="" if decorative.',
    },
    help: {
      es: 'Agregue alt con lo que la imagen comunica (en una gráfica, la conclusión y los datos clave) o alt="" si es decorativa.',
      en: 'Add alt stating what the image conveys (for a chart, the conclusion and key figures) or alt="" if decorative.',
    },
  },
  (ctx) => {
    const info = ctx.use(a11yBasicsSignal);
    if (!info.images) return notApplicable({ es: 'La página no tiene imágenes.', en: 'The page has no images.' });
    const missing = info.imagesWithoutAlt.length;
    return graded(1 - missing / info.images, info.imagesWithoutAlt.slice(0, 5).map((i) => elementEvidence(i.element, { es: 'Imagen sin alt', en: 'Image without alt' }, i.snippet)), {
      es: `${missing} de ${info.images} imágenes sin alt.`,
      en: `${missing} of ${info.images} images without alt.`,
    });
  },
);
