/** The collector token for this tab (sessionStorage: gone when the tab closes) and the chosen language. */
import type { Lang } from './i18n.js';

const TOKEN_KEY = 'proactiva.dashboard.token';
const LANG_KEY = 'proactiva.dashboard.lang';

export const session = {
  token: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  setToken: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clearToken: () => sessionStorage.removeItem(TOKEN_KEY),
  lang: (): Lang => (sessionStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'es-MX'),
  setLang: (lang: Lang) => sessionStorage.setItem(LANG_KEY, lang),
};
