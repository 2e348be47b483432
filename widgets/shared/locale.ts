import type { Locale } from '../../core/schemas/common.js';

/** es-MX unless the element's `lang` asks for English ("en", "en-US"…). */
export function resolveLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang.trim()) ? 'en' : 'es-MX';
}

/** Strings of a component in both locales; pick one set per render. */
export function pick<T>(strings: { es: T; en: T }, locale: Locale): T {
  return locale === 'en' ? strings.en : strings.es;
}
