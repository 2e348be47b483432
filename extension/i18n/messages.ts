import type { Locale } from '../../core/index.js';
import en from '../public/_locales/en/messages.json';
import es from '../public/_locales/es/messages.json';

/**
 * Every user-facing string of the extension lives in `public/_locales/<lang>/messages.json` (the
 * WebExtension i18n format, so the manifest's `__MSG_…__` names come from the same files). The
 * pages look strings up here rather than through `browser.i18n.getMessage`, because the auditor
 * chooses the language in the options page, independently of the browser's UI language.
 * Chrome has no es_MX locale: the `es` catalogue is written in Mexican Spanish.
 */
export type MessageKey = keyof typeof es;
type Catalog = Record<MessageKey, { message: string }>;

// Typed assignment, not a cast: a key missing from the English catalogue fails the type check.
const english: Catalog = en;
const CATALOGS: Record<Locale, Catalog> = { 'es-MX': es, en: english };

/** The string for `key` in `locale`, with `$1`…`$9` replaced by `subs` (as chrome.i18n does). */
export function translate(locale: Locale, key: MessageKey, ...subs: readonly (string | number)[]): string {
  const message = CATALOGS[locale][key].message;
  return message.replace(/\$([1-9])/g, (whole, n: string) => {
    const sub = subs[Number(n) - 1];
    return sub === undefined ? whole : String(sub);
  });
}

export type Translate = (key: MessageKey, ...subs: readonly (string | number)[]) => string;

export const translator = (locale: Locale): Translate => (key, ...subs) => translate(locale, key, ...subs);

/** Number formatting in the UI language (es-MX uses "," for thousands, "." for decimals). */
export const numberFormat = (locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  new Intl.NumberFormat(locale === 'en' ? 'en' : 'es-MX', options);

export const dateTimeFormat = (locale: Locale): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'es-MX', { dateStyle: 'medium', timeStyle: 'short' });

export const catalogKeys = (locale: Locale): string[] => Object.keys(CATALOGS[locale]);
export const catalogMessage = (locale: Locale, key: string): string | undefined =>
  (CATALOGS[locale] as Record<string, { message: string }>)[key]?.message;
