import { z } from 'zod';
import { defineCheck, fail, partial, pass } from '../define.js';
import { clip, elementEvidence } from '../../signals/dom.js';

const GENERIC = /^(inicio|home|p[áa]gina\s+(?:principal|de\s+inicio)|documento|sin\s+t[íi]tulo|untitled|index|default|portal|bienvenid[oa]s?|transparencia|new\s+page|nueva\s+p[áa]gina)$/iu;

/** Lengths (characters) of a useful title (from the rule set). */
const TitleParams = z.object({ minLength: z.number().int().positive(), maxLength: z.number().int().positive() });

export const descriptiveTitle = defineCheck(
  {
    id: 'descriptive-title',
    criterion: 'localizable',
    mode: 'auto',
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
  },
  TitleParams,
  (ctx, p) => {
    const titleEl = ctx.doc.querySelector('title');
    const title = clip(titleEl?.textContent ?? '', 300);
    const h1 = ctx.doc.querySelector('h1');
    const problems: string[] = [];
    if (!title) problems.push('sin <title>');
    else if (GENERIC.test(title)) problems.push('título genérico');
    else if (title.length < p.minLength) problems.push('título muy corto');
    else if (title.length > p.maxLength) problems.push('título muy largo');
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
