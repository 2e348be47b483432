import { defineCheck, fail, pass, partial } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';

const SPANISH_OR_KNOWN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const htmlLang = defineCheck(
  {
    id: 'html-lang',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'La página declara su idioma', en: 'The page declares its language' },
    failureTitle: { es: 'La página no declara su idioma', en: 'The page does not declare its language' },
    description: {
      es: 'El atributo lang del elemento html permite a los lectores de pantalla pronunciar el texto correctamente.',
      en: 'The lang attribute on the html element lets screen readers pronounce the text correctly.',
    },
    help: {
      es: 'Agregue lang="es-MX" (o el idioma del contenido) al elemento <html>.',
      en: 'Add lang="es-MX" (or the content language) to the <html> element.',
    },
  },
  (ctx) => {
    const html = ctx.doc.documentElement;
    if (!html) return fail();
    const lang = (html.getAttribute('lang') ?? '').trim();
    if (!lang) return fail([elementEvidence(html, undefined, '<html> sin lang')]);
    if (!SPANISH_OR_KNOWN.test(lang)) {
      return partial([elementEvidence(html, undefined, `lang="${lang}"`)], {
        es: `El valor lang="${lang}" no es una etiqueta de idioma válida.`,
        en: `lang="${lang}" is not a valid language tag.`,
      });
    }
    return pass([elementEvidence(html, undefined, `lang="${lang}"`)]);
  },
);
