import '../platform/zod-jitless.js';
import { render, type ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Settings } from '../settings/settings.js';
import { translate, type MessageKey } from '../i18n/messages.js';
import { I18nProvider } from './i18n.js';
import { useSettings } from './use-settings.js';
import './styles.css';

function Root({ title, view }: { title: MessageKey; view: (settings: Settings) => ComponentChildren }) {
  const { settings, loaded } = useSettings();
  useEffect(() => {
    document.documentElement.lang = settings.locale === 'en' ? 'en' : 'es-MX';
    document.title = translate(settings.locale, title);
  }, [settings.locale, title]);
  if (!loaded) return null;
  return <I18nProvider locale={settings.locale}>{view(settings)}</I18nProvider>;
}

/** Mounts an extension page in #app with the settings and the UI language in place. */
export function mountPage(title: MessageKey, view: (settings: Settings) => ComponentChildren): void {
  const host = document.getElementById('app');
  if (host) render(<Root title={title} view={view} />, host);
}
