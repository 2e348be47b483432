import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '@wxt-dev/browser';
import { rescore, type AuditReport, type ReviewAnswer } from '../../core/index.js';
import { sendToTab } from '../messaging/channel.js';
import type { AuditTimings } from '../messaging/protocol.js';
import { requestHostPermissions } from '../resources/host-access.js';
import { auditOptions } from './audit-options.js';
import { CriterionList } from './components/CriterionList.js';
import { ExportButtons } from './components/ExportButtons.js';
import { ScoreSummary } from './components/ScoreSummary.js';
import { Tabs, type TabSpec } from './components/Tabs.js';
import { useI18n } from './i18n.js';
import { auditTab, clearHighlights, TabAuditError } from './tab-audit.js';
import { canAuditUrl, findTargetTab, type TargetTab } from './target-tab.js';
import type { Settings } from '../settings/settings.js';
import type { MessageKey } from '../i18n/messages.js';

type ReportOrigin = 'live' | 'served' | 'history' | 'import';

export interface LoadedReport {
  /** The report as audited, imported or opened (answers included). */
  base: AuditReport;
  /** The auditor's answers, applied on top of `base` through the core's rescore(). */
  reviews: ReviewAnswer[];
  origin: ReportOrigin;
  timings: AuditTimings | null;
  /** Tab the report is live for (evidence can be highlighted there). */
  tabId: number | null;
  savedId: string | null;
  note: string | null;
}

type PanelTab = 'results';

const answersOf = (report: AuditReport): ReviewAnswer[] =>
  report.criteria.flatMap((c) => c.checks.flatMap((k) => (k.review ? [k.review] : [])));

const FAILURE_KEYS: Record<TabAuditError['kind'], MessageKey> = {
  'no-access': 'errorNoAccess',
  unsupported: 'errorUnsupported',
  unresponsive: 'errorUnresponsive',
  failed: 'errorFailed',
};

/** The side panel: audit the target tab, read the report, follow evidence into the page. */
export function SidePanelApp({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [loaded, setLoaded] = useState<LoadedReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<TabAuditError['kind'] | null>(null);
  const [tab, setTab] = useState<PanelTab>('results');
  const [showAll, setShowAll] = useState(false);
  const liveTab = useRef<number | null>(null);

  const refreshTarget = useCallback(async () => setTarget(await findTargetTab(params)), [params]);

  useEffect(() => {
    void refreshTarget();
    if (params.has('tabId')) return;
    const onActivated = () => void refreshTarget();
    const onUpdated = (_id: number, change: { status?: string; url?: string; title?: string }) => {
      if (change.status === 'complete' || change.url || change.title) void refreshTarget();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [params, refreshTarget]);

  // Highlights never outlive the panel.
  useEffect(() => {
    const onHide = () => {
      if (liveTab.current !== null) void clearHighlights(liveTab.current);
    };
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, []);

  const report = useMemo(() => {
    if (!loaded) return null;
    return loaded.reviews.length > 0 || answersOf(loaded.base).length > 0 ? rescore(loaded.base, { reviews: loaded.reviews }) : loaded.base;
  }, [loaded]);

  const runAudit = async () => {
    if (!target) return;
    setBusy(true);
    setFailure(null);
    setShowAll(false);
    setStatus(t('auditing'));
    const started = performance.now();
    try {
      const result = await auditTab(target, auditOptions(settings), settings);
      liveTab.current = result.fallback ? null : target.id;
      setLoaded({
        base: result.report,
        reviews: [],
        origin: result.fallback ? 'served' : 'live',
        timings: result.timings,
        tabId: result.fallback ? null : target.id,
        savedId: null,
        note: result.fallback ? t('servedNotice') : null,
      });
      setStatus(t('auditDone', Math.round(performance.now() - started)));
    } catch (error) {
      const kind = error instanceof TabAuditError ? error.kind : 'failed';
      setFailure(kind);
      setStatus(t(FAILURE_KEYS[kind]));
    } finally {
      setBusy(false);
    }
  };

  const grantSite = async () => {
    if (!target?.url) return;
    const granted = await requestHostPermissions([target.url]);
    setStatus(granted ? t('accessGranted') : t('accessRefused'));
    if (granted) setFailure(null);
  };

  const highlight = loaded?.tabId != null ? loaded.tabId : null;
  const onShow = useMemo(() => {
    if (highlight === null) return undefined;
    return (selectors: string[], label: string) => {
      setShowAll(false);
      void sendToTab(highlight, 'highlight', { selectors, labels: selectors.map(() => label), scroll: true }, 5_000).then(
        (result) => setStatus(result.found > 0 ? t('highlightShown', result.found) : t('highlightMissing')),
        () => setStatus(t('highlightFailed')),
      );
    };
  }, [highlight, t]);

  const toggleAll = async (on: boolean) => {
    if (highlight === null || !report) return;
    setShowAll(on);
    if (!on) {
      await clearHighlights(highlight);
      setStatus(t('highlightsCleared'));
      return;
    }
    const items = report.criteria.flatMap((c) =>
      c.checks
        .filter((k) => k.status === 'fail' || k.status === 'partial')
        .flatMap((k) => k.evidence.filter((e) => e.selector).map((e) => ({ selector: e.selector!, label: k.failureTitle }))),
    );
    const result = await sendToTab(
      highlight,
      'highlight',
      { selectors: items.map((i) => i.selector), labels: items.map((i) => (settings.locale === 'en' ? i.label.en : i.label.es)), scroll: false },
      5_000,
    ).catch(() => null);
    setStatus(result ? t('highlightShown', result.found) : t('highlightFailed'));
  };

  const tabs: TabSpec<PanelTab>[] = [{ id: 'results', label: t('tabResults') }];
  const targetUrl = target?.url;

  return (
    <div class="app">
      <header class="app-header">
        <div class="brand">
          <div class="brand-name">
            <img class="logo" src="/icons/32.png" alt="" />
            <h1>{t('panelTitle')}</h1>
          </div>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </div>
        <p class="target wrap" data-testid="target">
          {target ? (
            <>
              {t('targetLabel')} <span class="target-title">{target.title ?? t('activeTab')}</span>
              {targetUrl ? (
                <>
                  {' '}
                  — <span class="mono">{targetUrl}</span>
                </>
              ) : null}
            </>
          ) : (
            t('noTarget')
          )}
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={() => void runAudit()} disabled={busy || !target || !canAuditUrl(targetUrl)} data-testid="run-audit">
            {busy ? t('auditing') : t('runAudit')}
          </button>
          {failure === 'no-access' && targetUrl ? (
            <button type="button" onClick={() => void grantSite()}>
              {t('grantSite')}
            </button>
          ) : null}
        </div>
        <p class={failure ? 'status-line error' : 'status-line'} role="status" aria-live="polite" data-testid="status">
          {status}
        </p>
      </header>
      <main>
        {report && loaded ? (
          <>
            <ScoreSummary report={report} timings={loaded.timings} origin={loaded.note} />
            <div class="toolbar" role="group" aria-label={t('reportActions')}>
              <ExportButtons report={report} onError={setStatus} />
            </div>
            <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('reportSections')}>
              {tab === 'results' ? (
                <section aria-label={t('tabResults')}>
                  {highlight !== null ? (
                    <p>
                      <label class="switch">
                        <input type="checkbox" checked={showAll} onChange={(e) => void toggleAll((e.currentTarget as HTMLInputElement).checked)} data-testid="show-all" />
                        {t('showAllEvidence')}
                      </label>
                    </p>
                  ) : null}
                  <CriterionList report={report} onShow={onShow} />
                </section>
              ) : null}
            </Tabs>
          </>
        ) : (
          <p class="muted">{t('emptyPanel')}</p>
        )}
      </main>
    </div>
  );
}
