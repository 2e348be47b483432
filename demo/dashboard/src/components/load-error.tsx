/** What every view of the tablero does when the collector fails: sign out on 401, else say why and offer a retry. */
import { useState } from 'preact/hooks';
import { CollectorError } from '../api.js';
import { useUi } from '../ui.js';

export interface LoadFailure {
  error: string | null;
  /** Bumped by «Reintentar»: effects that load data depend on it. */
  attempt: number;
  fail: (e: unknown) => void;
  clear: () => void;
  retry: () => void;
}

export function useLoadFailure(onUnauthorized: () => void): LoadFailure {
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  return {
    error,
    attempt,
    fail: (e) => {
      if (e instanceof CollectorError && e.status === 401) return onUnauthorized();
      setError(e instanceof Error ? e.message : String(e));
    },
    clear: () => setError(null),
    retry: () => setAttempt((n) => n + 1),
  };
}

export function LoadErrorBox({ error, onRetry }: { error: string; onRetry: () => void }) {
  const { t } = useUi();
  return (
    <div class="error-box" role="alert">
      <p>
        {t.loadError}: {error}
      </p>
      <button type="button" class="primary" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
