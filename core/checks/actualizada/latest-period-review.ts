import { z } from 'zod';
import { defineCheck, needsReview } from '../define.js';
import { datesSignal, lastUpdate } from '../../signals/dates.js';
import { hitEvidence, isoDay } from '../../signals/hit-evidence.js';
import { valueEvidence } from '../../signals/dom.js';

/** The period assumed when the page declares none (from the rule set). */
const LatestPeriodParams = z.object({ defaultPeriodDays: z.number().int().positive() });

export const latestPeriodReview = defineCheck(
  {
    id: 'latest-period-review',
    criterion: 'actualizada',
    mode: 'review',
    title: { es: 'Publica el periodo más reciente que debería existir', en: 'Publishes the latest period that should exist' },
    failureTitle: { es: 'Falta el periodo más reciente', en: 'The latest period is missing' },
    description: {
      es: 'La persona auditora confirma que el último periodo publicado es el más reciente que ya debería estar disponible.',
      en: 'The auditor confirms the last period published is the most recent one that should already be available.',
    },
    help: {
      es: 'Compare el periodo publicado con la fecha de la auditoría y el plazo de publicación del sujeto obligado.',
      en: 'Compare the period published with the audit date and the body’s publication deadline.',
    },
    question: {
      es: '¿El periodo publicado es el más reciente que ya debería existir?',
      en: 'Is the period published the latest one that should already exist?',
    },
    guidance: {
      es: 'Con la periodicidad declarada (o trimestral, si no hay) y la fecha de hoy, calcule el último periodo cerrado cuyo plazo de publicación ya venció. "Sí" si está publicado; "Parcial" si falta uno; "No" si faltan más.',
      en: 'With the declared frequency (or quarterly if none) and today’s date, work out the last closed period whose publication deadline has passed. "Yes" if it is published; "Partial" if one is missing; "No" if more are missing.',
    },
  },
  LatestPeriodParams,
  (ctx, p) => {
    const info = ctx.use(datesSignal);
    const evidence = [];
    const latest = [...info.periods].sort((a, b) => b.end.getTime() - a.end.getTime())[0];
    if (latest) evidence.push(hitEvidence(`${latest.text} (hasta ${isoDay(latest.end)})`, latest.element, { es: 'Periodo más reciente encontrado', en: 'Latest period found' }));
    const last = lastUpdate(info);
    if (last) evidence.push(hitEvidence(`${last.snippet} → ${isoDay(last.date)}`, last.element, { es: 'Última actualización', en: 'Last update' }));
    evidence.push(valueEvidence(info.periodicity?.days ?? p.defaultPeriodDays, { es: 'Periodicidad (días)', en: 'Frequency (days)' }));
    evidence.push(valueEvidence(isoDay(ctx.now), { es: 'Fecha de la auditoría', en: 'Audit date' }));
    return needsReview(evidence);
  },
);
