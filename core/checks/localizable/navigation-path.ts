import { defineCheck, fail, partial, pass } from '../define.js';
import { elementEvidence, textEvidence } from '../../signals/dom.js';
import { jsonLdSignal, jsonLdTypes } from '../../signals/json-ld.js';

const BREADCRUMB_LABEL = /breadcrumb|migas|ruta|usted\s+est[áa]\s+en|est[áa]s\s+en/i;

export const navigationPath = defineCheck(
  {
    id: 'navigation-path',
    criterion: 'localizable',
    mode: 'auto',
    title: { es: 'Muestra la ruta de navegación y permite buscar en el sitio', en: 'Shows the navigation path and offers site search' },
    failureTitle: { es: 'No muestra dónde está la página dentro del sitio', en: 'Does not show where the page sits in the site' },
    description: {
      es: 'Una ruta de navegación (migas de pan) indica dónde está la página dentro del portal, y un buscador permite llegar a ella.',
      en: 'A breadcrumb trail shows where the page sits within the portal, and a search box lets people reach it.',
    },
    help: {
      es: 'Agregue <nav aria-label="Ruta de navegación"> con los niveles (Inicio › Transparencia › …) y un buscador del sitio.',
      en: 'Add <nav aria-label="Breadcrumb"> with the levels (Home › Transparency › …) and a site search box.',
    },
  },
  (ctx) => {
    let breadcrumb: Element | null = null;
    let search: Element | null = null;
    for (const el of ctx.elements()) {
      const tag = el.tagName.toLowerCase();
      const described = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!breadcrumb && (tag === 'nav' || tag === 'ol' || tag === 'ul' || tag === 'div') && BREADCRUMB_LABEL.test(described)) breadcrumb = el;
      if (!search && (el.getAttribute('role') === 'search' || tag === 'search' || (tag === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'search'))) search = el;
      if (breadcrumb && search) break;
    }
    const schemaCrumbs = ctx.use(jsonLdSignal).nodes.some((n) => jsonLdTypes(n).includes('breadcrumblist'));
    const evidence = [
      ...(breadcrumb ? [elementEvidence(breadcrumb, { es: 'Ruta de navegación', en: 'Breadcrumb' })] : []),
      ...(schemaCrumbs && !breadcrumb ? [textEvidence('BreadcrumbList (JSON-LD)', { es: 'Ruta de navegación', en: 'Breadcrumb' })] : []),
      ...(search ? [elementEvidence(search, { es: 'Buscador', en: 'Search' }, '<búsqueda>')] : []),
    ];
    const hasPath = breadcrumb !== null || schemaCrumbs;
    if (hasPath && search) return pass(evidence);
    if (hasPath || search) return partial(evidence, hasPath
      ? { es: 'Hay ruta de navegación, pero no buscador.', en: 'There is a breadcrumb, but no search.' }
      : { es: 'Hay buscador, pero no ruta de navegación.', en: 'There is a search, but no breadcrumb.' });
    return fail();
  },
);
