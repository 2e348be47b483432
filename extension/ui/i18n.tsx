import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { localize, type Locale, type LocalizedText } from '../../core/schemas/index.js';
import { translator, type Translate } from '../i18n/messages.js';

export interface I18nValue {
  locale: Locale;
  t: Translate;
  /** Picks a report string (LocalizedText) in the UI language. */
  l: (text: LocalizedText) => string;
}

const I18nContext = createContext<I18nValue>({ locale: 'es-MX', t: translator('es-MX'), l: (text) => localize(text, 'es-MX') });

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  const value = useMemo<I18nValue>(() => ({ locale, t: translator(locale), l: (text) => localize(text, locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18nValue => useContext(I18nContext);
