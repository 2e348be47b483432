import { defineCheck, graded } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { plainLanguageSignal, PLAIN_LANGUAGE_MIN_WORDS } from '../../signals/plain-language.js';
import { TOO_SHORT_TO_COUNT, withoutProse } from './evidence.js';

const LOW_PASSIVE = 0.2;
const HIGH_PASSIVE = 0.4;

export const directAddress = defineCheck(
  {
    id: 'direct-address',
    criterion: 'comprensible',
    mode: 'auto',
    weight: 1,
    title: { es: 'Se dirige a la persona lectora en voz activa', en: 'Addresses the reader in the active voice' },
    failureTitle: { es: 'Habla en impersonal y en voz pasiva', en: 'Speaks impersonally and in the passive voice' },
    description: {
      es: 'El texto habla a la persona ("puedes", "usted") y usa poca voz pasiva o "se" impersonal ("se informa", "fue aprobado").',
      en: 'The text speaks to the reader ("puedes", "usted") and uses little passive voice or impersonal "se" ("se informa", "fue aprobado").',
    },
    help: {
      es: 'Cambie "se informa a la ciudadanía que…" por "te informamos que…" o "usted puede…".',
      en: 'Change "se informa a la ciudadanía que…" to "te informamos que…" or "usted puede…".',
    },
    recommendation: {
      what: { es: 'Escribir en voz activa y dirigirse directamente a la persona.', en: 'Write in the active voice and address the reader directly.' },
      why: {
        es: 'La voz activa dice quién hace qué; hablarle a la persona le deja claro qué puede hacer con la información.',
        en: 'The active voice says who does what; addressing the reader makes clear what they can do with the information.',
      },
      rule: { es: 'Manual de Lenguaje Claro (SFP)', en: 'Manual de Lenguaje Claro (SFP)' },
    },
  },
  (ctx) => {
    const info = ctx.use(plainLanguageSignal);
    if (info.words < PLAIN_LANGUAGE_MIN_WORDS) return withoutProse(ctx, TOO_SHORT_TO_COUNT);
    const passive = info.passivePerSentence;
    const score = (info.secondPerson.length ? 0.5 : 0) + (passive <= LOW_PASSIVE ? 0.5 : passive <= HIGH_PASSIVE ? 0.25 : 0);
    return graded(score, [
      valueEvidence(info.secondPerson.join(', ') || '—', { es: 'Segunda persona', en: 'Second person' }),
      valueEvidence(Math.round(passive * 100) / 100, { es: 'Pasivas e impersonales por oración', en: 'Passive/impersonal forms per sentence' }),
    ]);
  },
);
