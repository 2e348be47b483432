import { defineCheck, fail, partial, pass } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';

const SESSION = /(?:^|[;&?])(jsessionid|phpsessid|sessionid|sid|session|aspsessionid\w*|token|_ga|cfid|cftoken)=/i;
const SESSION_PATH = /;jsessionid=|\/\(S\([a-z0-9]+\)\)\//i;
const OPAQUE_PATH = /^\/?(?:[\w-]*\.(?:aspx?|php|jsp|do|cfm))?$/i;

export const stableCleanUrl = defineCheck(
  {
    id: 'stable-clean-url',
    criterion: 'localizable',
    mode: 'auto',
    title: { es: 'La dirección es estable y legible', en: 'The address is stable and readable' },
    failureTitle: { es: 'La dirección no es estable (sesión o parámetros opacos)', en: 'The address is not stable (session or opaque parameters)' },
    description: {
      es: 'La URL no lleva identificadores de sesión ni depende de parámetros opacos, de modo que se puede citar, compartir y volver a ella.',
      en: 'The URL carries no session ids and does not depend on opaque parameters, so it can be cited, shared and revisited.',
    },
    help: {
      es: 'Publique en direcciones permanentes y legibles (…/datos/tarifas-agua-2026) y quite de la URL los identificadores de sesión.',
      en: 'Publish at permanent, readable addresses (…/datos/tarifas-agua-2026) and remove session ids from URLs.',
    },
  },
  (ctx) => {
    const url = ctx.url;
    if (!url) return fail([valueEvidence(ctx.snapshot.url, { es: 'URL', en: 'URL' })]);
    const evidence = [valueEvidence(url.href, { es: 'URL', en: 'URL' })];
    if (SESSION.test(url.search) || SESSION_PATH.test(url.pathname + url.search)) {
      return fail(evidence, { es: 'La URL contiene un identificador de sesión.', en: 'The URL contains a session id.' });
    }
    // forEach, not [...keys()]: in a Firefox content script the URL is an Xray wrapper whose
    // iterators are not iterable, so spreading them throws (found by the Firefox e2e).
    const params: string[] = [];
    url.searchParams.forEach((_value, key) => params.push(key));
    if (params.length && OPAQUE_PATH.test(url.pathname)) {
      return partial(evidence, { es: 'El contenido depende de parámetros opacos en la URL.', en: 'The content depends on opaque URL parameters.' });
    }
    if (params.length > 3) return partial(evidence, { es: 'La URL tiene muchos parámetros.', en: 'The URL has many parameters.' }, 0.7);
    return pass(evidence);
  },
);
