import { z } from 'zod';
import { defineCheck, graded, unmeasured } from '../define.js';
import { textEvidence } from '../../signals/dom.js';


/** What each violation costs by axe-core impact (from the rule set). */
const AxeParams = z.object({
  impactCost: z.object({ critical: z.number().min(0).max(1), serious: z.number().min(0).max(1), moderate: z.number().min(0).max(1), minor: z.number().min(0).max(1) }),
});

export const axeViolations = defineCheck(
  {
    id: 'axe-violations',
    criterion: 'accesible',
    mode: 'auto',
    title: { es: 'Sin errores de accesibilidad WCAG 2.1 A/AA detectables', en: 'No detectable WCAG 2.1 A/AA accessibility errors' },
    failureTitle: { es: 'Tiene errores de accesibilidad WCAG 2.1 A/AA', en: 'Has WCAG 2.1 A/AA accessibility errors' },
    description: {
      es: 'Resultado de axe-core ejecutado en el navegador (contraste, nombres, estructura, ARIA). Sólo está disponible en la extensión; en la línea de comandos no aplica.',
      en: 'Result of axe-core run in the browser (contrast, names, structure, ARIA). Only available in the extension; in the CLI it does not apply.',
    },
    help: {
      es: 'Corrija cada regla que axe-core reporta, empezando por las de impacto crítico y grave.',
      en: 'Fix each rule axe-core reports, starting with critical and serious ones.',
    },
  },
  AxeParams,
  (ctx, p) => {
    const results = ctx.snapshot.accessibility;
    if (!results) return unmeasured({ es: 'No hay resultados de axe-core (sólo en el navegador).', en: 'No axe-core results (browser only).' });
    const cost = results.violations.reduce((sum, v) => sum + p.impactCost[v.impact ?? 'moderate'], 0);
    return graded(
      Math.max(0, 1 - cost),
      results.violations.slice(0, 10).map((v) => ({
        ...textEvidence(`${v.id}: ${v.help}`, { es: `axe (${v.impact ?? 'moderado'})`, en: `axe (${v.impact ?? 'moderate'})` }),
        ...(v.nodes[0] ? { selector: v.nodes[0].target } : {}),
      })),
      { es: `${results.violations.length} reglas incumplidas (${results.engine}).`, en: `${results.violations.length} rules violated (${results.engine}).` },
    );
  },
);
