import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings.js';
import { loadSettings, watchSettings } from '../settings/settings-store.js';

/** The current settings, kept fresh when the options page saves. `loaded` is false until read. */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState<{ settings: Settings; loaded: boolean }>({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let alive = true;
    void loadSettings().then((settings) => alive && setState({ settings, loaded: true }));
    const stop = watchSettings((settings) => setState({ settings, loaded: true }));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return state;
}
