import { z } from 'zod';
import { defineCheck, graded } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { plainLanguageSignal, PLAIN_LANGUAGE_MIN_WORDS } from '../../signals/plain-language.js';
import { TOO_SHORT_TO_COUNT, withoutProse } from './evidence.js';


/** Shares of passive constructions that still earn full or half credit (from the rule set). */
const DirectAddressParams = z.object({ passiveShareLow: z.number().min(0).max(1), passiveShareHigh: z.number().min(0).max(1) });

export const directAddress = defineCheck(
  {
    id: 'direct-address',
    criterion: 'comprensible',
    mode: 'auto',
    title: { es: 'Se dirige a la persona lectora en voz activa', en: 'Addresses the reader in the active voice' },
    failureTitle: { es: 'Habla en impersonal y en voz pasiva', en: 'Speaks impersonally and in the passive voice' },
    description: {
      es: 'El texto habla a la persona ("puedes", "usted") y usa poca voz pasiva o "se" impersonal ("se informa", "fue aprobado"). Sin hablarle a la persona, usar poca voz pasiva vale a lo sumo un cuarto.',
      en: 'The text speaks to the reader ("puedes", "usted") and uses little passive voice or impersonal "se" ("se informa", "fue aprobado"). Without speaking to the reader, little passive voice earns a quarter at most.',
    },
    help: {
      es: 'Cambie "se informa a la ciudadanía que…" por "te informamos que…" o "usted puede…".',
      en: 'Change "se informa a la ciudadanía que…" to "te informamos que…" or "usted puede…".',
    },
  },
  DirectAddressParams,
  (ctx, p) => {
    const info = ctx.use(plainLanguageSignal);
    if (info.words < PLAIN_LANGUAGE_MIN_WORDS) return withoutProse(ctx, TOO_SHORT_TO_COUNT);
    const passive = info.passivePerSentence;
    const active = passive <= p.passiveShareLow ? 0.5 : passive <= p.passiveShareHigh ? 0.25 : 0;
    const score = info.secondPerson.length ? 0.5 + active : active / 2;
    return graded(score, [
      valueEvidence(info.secondPerson.join(', ') || '—', { es: 'Segunda persona', en: 'Second person' }),
      valueEvidence(Math.round(passive * 100) / 100, { es: 'Pasivas e impersonales por oración', en: 'Passive/impersonal forms per sentence' }),
    ]);
  },
);
