import { z } from 'zod';
import { defineCheck, fail, notApplicable, partial, pass } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { completenessSignal } from '../../signals/completeness.js';
import { datesSignal } from '../../signals/dates.js';
import { publishesData } from './applicability.js';


/** How many years of downloads, or how long a period, make a whole series (from the rule set). */
const WholeSeriesParams = z.object({ seriesYears: z.number().int().min(2), multiYearDays: z.number().int().positive() });

export const wholeSeries = defineCheck(
  {
    id: 'whole-series',
    criterion: 'completa',
    mode: 'auto',
    title: { es: 'Ofrece la serie completa, no sólo el último periodo', en: 'Offers the whole series, not only the latest period' },
    failureTitle: { es: 'Sólo ofrece un periodo', en: 'Offers only one period' },
    description: {
      es: 'La página ofrece varios periodos (al menos tres años), una cobertura de varios años o un archivo histórico ("versiones anteriores").',
      en: 'The page offers several periods (at least three years), multi-year coverage or a historical archive ("versiones anteriores").',
    },
    help: {
      es: 'Publique la serie histórica completa o enlace las versiones anteriores en lugar de reemplazarlas.',
      en: 'Publish the full historical series or link earlier versions instead of replacing them.',
    },
  },
  WholeSeriesParams,
  (ctx, p) => {
    const info = ctx.use(completenessSignal);
    const periods = ctx.use(datesSignal).periods;
    if (!publishesData(ctx) && !info.dataLinks.length && !periods.length) {
      return notApplicable({ es: 'La página no publica datos ni periodos.', en: 'The page publishes neither data nor periods.' });
    }
    const evidence = [];
    if (info.linkYears.length) evidence.push(valueEvidence(info.linkYears.join(', '), { es: 'Años en las descargas', en: 'Years in the downloads' }));
    if (info.archive.length) evidence.push(hitEvidence(info.archive[0]!.snippet, info.archive[0]!.element, { es: 'Archivo histórico', en: 'Historical archive' }));
    if (info.longestPeriodDays > p.multiYearDays) evidence.push(valueEvidence(Math.round(info.longestPeriodDays), { es: 'Días cubiertos', en: 'Days covered' }));
    if (info.linkYears.length >= p.seriesYears || info.archive.length || info.longestPeriodDays > p.multiYearDays) return pass(evidence);
    if (info.linkYears.length === 2) {
      return partial(evidence, { es: 'Sólo se ofrecen dos años.', en: 'Only two years are offered.' });
    }
    return fail(evidence, { es: 'Sólo se ofrece un periodo y no hay archivo histórico.', en: 'Only one period is offered and there is no archive.' });
  },
);
