import { defineCheck, graded, notApplicable } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { a11yBasicsSignal } from '../../signals/a11y-basics.js';

export const imagesAlt = defineCheck(
  {
    id: 'images-alt',
    criterion: 'accesible',
    mode: 'auto',
    weight: 2,
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
    recommendation: {
      what: { es: 'Agregar texto alternativo a todas las imágenes informativas.', en: 'Add alternative text to every informative image.' },
      why: { es: 'Las personas ciegas o con baja visión no reciben la información de una imagen sin alt.', en: 'Blind and low-vision people get nothing from an image without alt.' },
      rule: { es: 'WCAG 2.1, criterio 1.1.1 (nivel A); LGTAIP 2015, art. 13 (accesibilidad)', en: 'WCAG 2.1 SC 1.1.1 (level A); LGTAIP 2015, art. 13 (accessibility)' },
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
