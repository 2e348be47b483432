import { z } from 'zod';

/** A user-facing string in both shipped locales; es-MX is the default. */
export const LocalizedText = z.object({
  es: z.string(),
  en: z.string(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Locale = z.enum(['es-MX', 'en']);
export type Locale = z.infer<typeof Locale>;

/** Stable ids of the ten criteria of our operationalisation of the Decálogo (design §2). */
export const CriterionId = z.enum([
  'pertinente',
  'actualizada',
  'confiable',
  'completa',
  'formatos-abiertos',
  'comprensible',
  'accesible',
  'localizable',
  'reutilizable',
  'retroalimentacion',
]);
export type CriterionId = z.infer<typeof CriterionId>;

/**
 * A verification date (fecha de corte), YYYY-MM-DD: the day as of which a page is judged.
 * Garantes verify as of a cut-off date, so freshness and periods are measured against it.
 */
export const AsOfDate = z.iso.date({ error: 'asOf must be a date as YYYY-MM-DD' });
export type AsOfDate = z.infer<typeof AsOfDate>;

/** The instant checks measure ages against for a verification date: the end of that day (UTC). */
export const endOfDay = (day: AsOfDate): Date => new Date(`${day}T23:59:59.999Z`);

export const Stage = z.enum(['identificacion', 'publicacion', 'difusion', 'reutilizacion']);
export type Stage = z.infer<typeof Stage>;

/** Picks the string of a LocalizedText for a locale. */
export function localize(text: LocalizedText, locale: Locale = 'es-MX'): string {
  return locale === 'en' ? text.en : text.es;
}

/** How much work a fix takes a sujeto obligado: recommendations are ranked by gain per effort. */
export const Effort = z.enum(['baja', 'media', 'alta']);
export type Effort = z.infer<typeof Effort>;
