import { browser } from '@wxt-dev/browser';
import { readSettings, Settings, type Settings as SettingsValue } from './settings.js';

const KEY = 'settings';

/** Settings live in storage.local (not sync: the collector token must not leave this browser). */
export async function loadSettings(): Promise<SettingsValue> {
  const stored = await browser.storage.local.get(KEY);
  return readSettings(stored[KEY]);
}

export async function saveSettings(settings: SettingsValue): Promise<SettingsValue> {
  const valid = Settings.parse(settings);
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}

/** Calls `listener` whenever the settings change (another page saved them). Returns the unsubscribe. */
export function watchSettings(listener: (settings: SettingsValue) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(readSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
