import { defineCheck, fail, notApplicable, partial, pass } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { a11yBasicsSignal } from '../../signals/a11y-basics.js';

/** Up to this share of images without alt earns partial credit, at most PARTIAL_CREDIT. */
const MAX_PARTIAL_SHARE = 0.5;
const PARTIAL_CREDIT = 0.6;

export const imagesAlt = defineCheck(
  {
    id: 'images-alt',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'Las imágenes tienen texto alternativo', en: 'Images have alternative text' },
    failureTitle: { es: 'Hay imágenes sin texto alternativo', en: 'Some images lack alternative text' },
    description: {
      es: 'Cada imagen tiene atributo alt: una descripción si informa algo, o alt="" si es decorativa. Un alt que no describe nada ("...", "imagen", el nombre del archivo) cuenta como faltante. Si falta en alguna, cumple sólo en parte; si falta en más de la mitad, no cumple.',
      en: 'Every image has an alt attribute: a description if it conveys information, or alt="" if decorative. An alt that describes nothing ("...", "image", the file name) counts as missing. One missing makes it partial; more than half missing fails.',
    },
    help: {
      es: 'Agregue alt con lo que la imagen comunica (en una gráfica, la conclusión y los datos clave) o alt="" si es decorativa.',
      en: 'Add alt stating what the image conveys (for a chart, the conclusion and key figures) or alt="" if decorative.',
    },
  },
  (ctx) => {
    const info = ctx.use(a11yBasicsSignal);
    if (!info.images) return notApplicable({ es: 'La página no tiene imágenes.', en: 'The page has no images.' });
    const placeholders = info.imagesWithPlaceholderAltCount;
    const missing = info.imagesWithoutAltCount + placeholders;
    const detail = placeholders
      ? {
          es: `${missing} de ${info.images} imágenes sin texto alternativo (${placeholders} con un alt que no describe nada).`,
          en: `${missing} of ${info.images} images without alternative text (${placeholders} with an alt that describes nothing).`,
        }
      : { es: `${missing} de ${info.images} imágenes sin alt.`, en: `${missing} of ${info.images} images without alt.` };
    const evidence = [
      ...info.imagesWithoutAlt.slice(0, 5).map((i) => elementEvidence(i.element, { es: 'Imagen sin alt', en: 'Image without alt' }, i.snippet)),
      ...info.imagesWithPlaceholderAlt.slice(0, 5).map((i) => elementEvidence(i.element, { es: 'Alt que no describe la imagen', en: 'Alt that does not describe the image' }, i.snippet)),
    ];
    if (!missing) return pass(evidence, detail);
    // Every image without a text alternative fails WCAG 1.1.1 (axe and Lighthouse fail the page on
    // one; a placeholder alt is failure F30): the others having alt earns part of the credit,
    // never a pass, and none once half lack it.
    const share = missing / info.images;
    return share > MAX_PARTIAL_SHARE ? fail(evidence, detail) : partial(evidence, detail, PARTIAL_CREDIT * (1 - share));
  },
);
