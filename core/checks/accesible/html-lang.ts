import { defineCheck, fail, pass, partial } from '../define.js';
import { elementEvidence, valueEvidence } from '../../signals/dom.js';
import { contentLanguageSignal, type ContentLanguage } from '../../signals/content-language.js';

const SPANISH_OR_KNOWN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LANGUAGE_NAMES: Record<ContentLanguage, { es: string; en: string }> = {
  es: { es: 'español', en: 'Spanish' },
  en: { es: 'inglés', en: 'English' },
};

export const htmlLang = defineCheck(
  {
    id: 'html-lang',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'La página declara su idioma', en: 'The page declares its language' },
    failureTitle: { es: 'La página no declara su idioma', en: 'The page does not declare its language' },
    description: {
      es: 'El atributo lang del elemento html, con el idioma en que está escrito el contenido, permite a los lectores de pantalla pronunciar el texto correctamente. Un idioma equivocado (lang="en" en una página en español) no cumple.',
      en: 'The lang attribute on the html element, naming the language the content is written in, lets screen readers pronounce the text correctly. A wrong language (lang="en" on a Spanish page) fails.',
    },
    help: {
      es: 'Agregue lang="es-MX" (o el idioma del contenido) al elemento <html>; si la plantilla del sitio trae lang="en", cámbielo.',
      en: 'Add lang="es-MX" (or the content language) to the <html> element; if the site template ships lang="en", change it.',
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
    // WCAG 3.1.1 asks for the page's language, not any language: a screen reader reads Spanish
    // text declared as English with English pronunciation, which is as bad as no declaration.
    const primary = lang.split('-')[0]!.toLowerCase();
    const content = ctx.use(contentLanguageSignal);
    if (content.language && primary !== content.language) {
      const name = LANGUAGE_NAMES[content.language];
      return fail(
        [
          elementEvidence(html, undefined, `lang="${lang}"`),
          valueEvidence(`${content.counts.es} / ${content.counts.en}`, { es: 'Palabras funcionales en español / inglés', en: 'Spanish / English function words' }),
        ],
        {
          es: `La página declara lang="${lang}" pero su contenido está en ${name.es}: los lectores de pantalla lo pronunciarán mal.`,
          en: `The page declares lang="${lang}" but its content is in ${name.en}: screen readers will mispronounce it.`,
        },
      );
    }
    return pass([elementEvidence(html, undefined, `lang="${lang}"`)]);
  },
);
