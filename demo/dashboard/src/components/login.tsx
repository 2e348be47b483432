/** The token form: checks the token against the collector before keeping it for the tab. */
import { useRef, useState } from 'preact/hooks';
import { useUi } from '../ui.js';

export function Login({ verify }: { verify: (token: string) => Promise<'ok' | 'unauthorized' | string> }) {
  const { t } = useUi();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const value = token.trim();
    if (!value) {
      setError(t.badToken);
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await verify(value);
    setBusy(false);
    if (result === 'ok') return;
    setError(result === 'unauthorized' ? t.badToken : `${t.noCollector}: ${result}`);
    input.current?.focus();
  };

  return (
    <main id="contenido" class="login">
      <h1>{t.loginTitle}</h1>
      <p>{t.loginIntro}</p>
      <form onSubmit={submit} novalidate>
        <label for="token">{t.tokenLabel}</label>
        <p id="token-help" class="help">
          {t.tokenHelp}
        </p>
        <input
          ref={input}
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={token}
          aria-describedby={error ? 'token-help token-error' : 'token-help'}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setToken((e.target as HTMLInputElement).value)}
        />
        {error ? (
          <p id="token-error" class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.checking : t.enter}
        </button>
      </form>
    </main>
  );
}
