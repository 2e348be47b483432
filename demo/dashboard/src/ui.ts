/** The language, strings and formatters every component reads. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { formatters, STRINGS, type Formatters, type Lang, type Strings } from './i18n.js';

export interface Ui {
  lang: Lang;
  t: Strings;
  f: Formatters;
}

export const uiFor = (lang: Lang): Ui => ({ lang, t: STRINGS[lang], f: formatters(lang) });

export const UiContext = createContext<Ui>(uiFor('es-MX'));
export const useUi = (): Ui => useContext(UiContext);
