import { defineCheck, graded } from '../define.js';
import { elementEvidence, valueEvidence } from '../../signals/dom.js';
import { purposeSignal } from '../../signals/purpose.js';
import { dataTablesSignal } from '../../signals/data-tables.js';
import type { Evidence } from '../../schemas/index.js';

const VISUAL_WORDS = /gr[áa]fic[oa]|infograf[íi]a|mapa|diagrama|esquema|ilustraci[óo]n|tablero|chart|infographic/i;
const FEATURES = 4;

export const plainStructure = defineCheck(
  {
    id: 'plain-structure',
    criterion: 'comprensible',
    mode: 'auto',
    title: { es: 'Organiza la información para leerla fácil', en: 'Organises the information for easy reading' },
    failureTitle: { es: 'La información no está organizada para leerla fácil', en: 'The information is not organised for easy reading' },
    description: {
      es: 'La página tiene un resumen al inicio, subtítulos, listas o tablas de datos, y gráficas o infografías. Tres de los cuatro elementos cumplen.',
      en: 'The page has a summary at the top, subheadings, lists or data tables, and charts or infographics. Three of the four pass.',
    },
    help: {
      es: 'Empiece con un párrafo que resuma lo más importante, divida el texto con subtítulos, use listas y agregue una gráfica.',
      en: 'Start with a paragraph summarising the key points, split the text with subheadings, use lists and add a chart.',
    },
  },
  (ctx) => {
    const evidence: Evidence[] = [];
    let found = 0;
    const summary = ctx.use(purposeSignal).summary;
    if (summary) {
      found++;
      evidence.push(elementEvidence(summary.element, { es: 'Resumen', en: 'Summary' }, summary.snippet));
    }
    const elements = ctx.elements();
    const headings = elements.filter((el) => /^h[2-4]$/i.test(el.tagName));
    if (headings.length >= 2) {
      found++;
      evidence.push(valueEvidence(headings.length, { es: 'Subtítulos', en: 'Subheadings' }));
    }
    const lists = elements.filter((el) => /^(ul|ol)$/i.test(el.tagName) && !el.closest('nav, header, footer') && el.querySelectorAll('li').length >= 2);
    // A table with header cells, or rows of short cells (a data table, headed in its first row or not).
    const dataTables = new Set(ctx.use(dataTablesSignal).tables.map((t) => t.element));
    const tables = lists.length
      ? []
      : elements.filter((el) => el.tagName.toLowerCase() === 'table' && (dataTables.has(el) || (el.querySelector('th') && !el.closest('nav, header, footer'))));
    if (lists.length || tables.length) {
      found++;
      evidence.push(elementEvidence((lists[0] ?? tables[0])!, lists.length ? { es: 'Lista', en: 'List' } : { es: 'Tabla', en: 'Table' }));
    }
    const visual = elements.find((el) => {
      const tag = el.tagName.toLowerCase();
      if (tag === 'img') return VISUAL_WORDS.test(`${el.getAttribute('alt') ?? ''} ${el.getAttribute('src') ?? ''}`);
      if (tag === 'figure') return el.querySelector('img, svg, canvas, iframe') !== null;
      if (tag === 'canvas' || tag === 'svg') return (el.getAttribute('role') === 'img' || el.hasAttribute('aria-label')) && !el.closest('a, button, header, nav, footer');
      if (tag === 'a' || tag === 'iframe') return VISUAL_WORDS.test(`${el.textContent ?? ''} ${el.getAttribute('title') ?? ''}`) && /infograf|gr[áa]fic|tablero/i.test(`${el.textContent ?? ''} ${el.getAttribute('title') ?? ''}`);
      return false;
    });
    if (visual) {
      found++;
      evidence.push(elementEvidence(visual, { es: 'Gráfica o infografía', en: 'Chart or infographic' }));
    }
    evidence.push(valueEvidence(`${found}/${FEATURES}`, { es: 'Elementos de estructura', en: 'Structure features' }));
    return graded(found >= 3 ? 1 : found / FEATURES, evidence);
  },
);
