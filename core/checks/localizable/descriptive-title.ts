import { defineCheck, fail, partial, pass } from '../define.js';
import { clip, elementEvidence } from '../../signals/dom.js';

const GENERIC = /^(inicio|home|p[áa]gina\s+(?:principal|de\s+inicio)|documento|sin\s+t[íi]tulo|untitled|index|default|portal|bienvenid[oa]s?|transparencia|new\s+page|nueva\s+p[áa]gina)$/iu;
const MIN = 15;
const MAX = 120;

export const descriptiveTitle = defineCheck(
  {
    id: 'descriptive-title',
    criterion: 'localizable',
    mode: 'auto',
    weight: 2,
    title: { es: 'Tiene un título y un encabezado principal descriptivos', en: 'Has a descriptive title and main heading' },
    failureTitle: { es: 'Falta un título o encabezado principal descriptivo', en: 'Lacks a descriptive title or main heading' },
    description: {
      es: 'El <title> (lo que muestran buscadores y pestañas) nombra el tema con 15 a 120 caracteres, y la página tiene un <h1>.',
      en: 'The <title> (what search engines and tabs show) names the topic in 15 to 120 characters, and the page has an <h1>.',
    },
    help: {
      es: 'Use un título como «Tarifas de agua potable 2026 | Comisión Estatal del Agua», no «Inicio» ni «Documento».',
      en: 'Use a title such as "Drinking water tariffs 2026 | State Water Commission", not "Home" or "Document".',
    },
    recommendation: {
      what: { es: 'Escribir un título que diga el tema, el periodo y la institución, y un <h1> equivalente.', en: 'Write a title stating the topic, period and institution, and a matching <h1>.' },
      why: {
        es: 'Los buscadores y las personas usan el título para decidir si la página responde a lo que buscan.',
        en: 'Search engines and people use the title to decide whether the page answers what they look for.',
      },
      rule: { es: 'Decálogo de Transparencia Proactiva: información localizable; WCAG 2.1, criterio 2.4.2', en: 'Decálogo de Transparencia Proactiva: findable information; WCAG 2.1 SC 2.4.2' },
    },
  },
  (ctx) => {
    const titleEl = ctx.doc.querySelector('title');
    const title = clip(titleEl?.textContent ?? '', 300);
    const h1 = ctx.doc.querySelector('h1');
    const problems: string[] = [];
    if (!title) problems.push('sin <title>');
    else if (GENERIC.test(title)) problems.push('título genérico');
    else if (title.length < MIN) problems.push('título muy corto');
    else if (title.length > MAX) problems.push('título muy largo');
    if (!h1 || !clip(h1.textContent ?? '')) problems.push('sin <h1>');
    const evidence = [
      ...(titleEl ? [elementEvidence(titleEl, { es: 'Título', en: 'Title' }, title || '<title> vacío')] : []),
      ...(h1 ? [elementEvidence(h1, { es: 'Encabezado principal', en: 'Main heading' })] : []),
    ];
    if (!problems.length) return pass(evidence);
    const detail = { es: `Problemas: ${problems.join(', ')}.`, en: `Problems: ${problems.join(', ')}.` };
    if (!title || GENERIC.test(title)) return h1 ? partial(evidence, detail, 0.3) : fail(evidence, detail);
    return partial(evidence, detail);
  },
);
