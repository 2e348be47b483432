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

export const Stage = z.enum(['identificacion', 'publicacion', 'difusion', 'reutilizacion']);
export type Stage = z.infer<typeof Stage>;

/** Picks the string of a LocalizedText for a locale. */
export function localize(text: LocalizedText, locale: Locale = 'es-MX'): string {
  return locale === 'en' ? text.en : text.es;
}
