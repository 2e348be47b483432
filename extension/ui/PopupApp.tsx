import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '@wxt-dev/browser';
import type { AuditReport } from '../../core/schemas/index.js';
import type { Settings } from '../settings/settings.js';
import type { MessageKey } from '../i18n/messages.js';
import { auditOptions } from './audit-options.js';
import { BandPill, ScoreDial } from './components/ScoreDial.js';
import { useI18n } from './i18n.js';
import { bandClass, formatPercent, formatScore } from './format.js';
import { bandFor } from '../../core/scoring/band.js';
import { auditTab, TabAuditError } from './tab-audit.js';
import { canAuditUrl, findTargetTab, type TargetTab } from './target-tab.js';

const FAILURE_KEYS: Record<TabAuditError['kind'], MessageKey> = {
  'no-access': 'errorNoAccess',
  unsupported: 'errorUnsupported',
  unresponsive: 'errorUnresponsive',
  failed: 'errorFailed',
};

type SidePanelApi = { open(options: { windowId?: number; tabId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/** Opens the side panel (Chrome) or sidebar (Firefox); must run inside the click. */
function openPanel(target: TargetTab | null): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidePanel) return api.sidePanel.open(target && target.windowId >= 0 ? { windowId: target.windowId } : target ? { tabId: target.id } : {});
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('no side panel'));
}

/** The toolbar popup: the page's overall score at a glance and the way into the side panel. */
export function PopupApp({ settings }: { settings: Settings }) {
  const { t, l, locale } = useI18n();
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [report, setReport] = useState<AuditReport | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const tab = await findTargetTab(params);
      if (!alive) return;
      setTarget(tab);
      if (!tab || !canAuditUrl(tab.url)) return setError('errorUnsupported');
      try {
        const result = await auditTab(tab, auditOptions(settings), settings);
        if (alive) setReport(result.report);
      } catch (failure) {
        if (alive) setError(FAILURE_KEYS[failure instanceof TabAuditError ? failure.kind : 'failed']);
      }
    })();
    return () => {
      alive = false;
    };
  }, [params, settings]);

  const weakest = report ? [...report.criteria].filter((c) => c.score !== null).sort((a, b) => a.score! - b.score!).slice(0, 3) : [];
  return (
    <div class="popup">
      <header class="brand" style={{ marginBottom: '0.5rem' }}>
        <div class="brand-name">
          <img class="logo" src="/icons/32.png" alt="" />
          <h1>{t('popupTitle')}</h1>
        </div>
      </header>
      <main style={{ padding: 0 }}>
        {target ? (
          <p class="muted popup-page" title={target.url}>
            {target.title ?? target.url ?? t('activeTab')}
          </p>
        ) : null}
        {report ? (
          <section aria-labelledby="popup-score">
            <h2 id="popup-score" class="visually-hidden">
              {t('overallScore')}
            </h2>
            <div class="summary">
              <ScoreDial score={report.score} band={report.band} size="small" />
              <div>
                <p>
                  <BandPill band={report.band} />
                </p>
                <p class="muted">{t('coverageLine', formatPercent(report.coverage, locale))}</p>
                {report.truncated ? <p class="muted">{t('truncatedTitle')}</p> : null}
              </div>
            </div>
            {weakest.length > 0 ? (
              <>
                <h3>{t('popupWeakest')}</h3>
                <ul class="weakest">
                  {weakest.map((c) => (
                    <li key={c.id}>
                      <span class={`score-chip ${bandClass(bandFor(c.score))}`}>{formatScore(c.score)}</span> {l(c.title)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : (
          <p class={error ? 'error' : 'muted'} role="status" aria-live="polite" data-testid="popup-status">
            {error ? t(error) : t('auditing')}
          </p>
        )}
        <div class="actions">
          <button
            type="button"
            class="primary"
            data-testid="open-panel"
            onClick={() => {
              void openPanel(target).then(
                () => window.close(),
                () => setError('panelUnavailable'),
              );
            }}
          >
            {t('openPanel')}
          </button>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </div>
      </main>
    </div>
  );
}
