import { defineCheck, fail, unmeasured, partial, pass } from '../define.js';
import { urlEvidence } from '../../signals/dom.js';
import { fileExtension, resourceHealthSignal } from '../../signals/resource-health.js';

export const secureConnection = defineCheck(
  {
    id: 'secure-connection',
    criterion: 'confiable',
    mode: 'auto',
    title: { es: 'Se sirve por conexión segura (HTTPS)', en: 'Is served over a secure connection (HTTPS)' },
    failureTitle: { es: 'No usa conexión segura (HTTPS)', en: 'Does not use a secure connection (HTTPS)' },
    description: {
      es: 'La página y sus descargas usan HTTPS, así nadie puede alterar la información en el camino.',
      en: 'The page and its downloads use HTTPS, so nobody can alter the information in transit.',
    },
    help: {
      es: 'Sirva el sitio y todos sus archivos por HTTPS y redirija HTTP a HTTPS.',
      en: 'Serve the site and all its files over HTTPS and redirect HTTP to HTTPS.',
    },
  },
  (ctx) => {
    const url = ctx.url;
    if (!url || !/^https?:$/.test(url.protocol)) {
      return unmeasured({ es: 'La página no se obtuvo por la web.', en: 'The page was not fetched over the web.' });
    }
    if (url.protocol === 'http:') return fail([urlEvidence(url.href, { es: 'Dirección sin HTTPS', en: 'Address without HTTPS' })]);
    const insecure: { href: string; el: Element }[] = [];
    for (const el of ctx.elements()) {
      if (el.tagName.toLowerCase() !== 'a') continue;
      const href = el.getAttribute('href') ?? '';
      if (/^http:\/\//i.test(href) && insecure.length < 10) insecure.push({ href, el });
    }
    const { checked } = ctx.use(resourceHealthSignal);
    const insecureFiles = insecure.filter((i) => checked.some((c) => c.url === i.href && c.isFile) || fileExtension(i.href) !== '');
    if (insecureFiles.length) {
      return partial(
        [urlEvidence(url.href, { es: 'Página con HTTPS', en: 'Page over HTTPS' }), ...insecureFiles.slice(0, 4).map((i) => urlEvidence(i.href, { es: 'Archivo sin HTTPS', en: 'File without HTTPS' }))],
        { es: 'La página usa HTTPS, pero enlaza archivos por HTTP.', en: 'The page uses HTTPS but links files over HTTP.' },
      );
    }
    return pass([urlEvidence(url.href, { es: 'Página con HTTPS', en: 'Page over HTTPS' })]);
  },
);
