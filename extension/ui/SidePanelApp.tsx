import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '@wxt-dev/browser';
import { rescore } from '../../core/audit.js';
import { scrubPii } from '../../core/privacy/index.js';
import type { AuditReport, ReviewAnswer, ReviewAnswerValue } from '../../core/schemas/index.js';
import { collectorReady, publishAudit } from '../collector/publish.js';
import { verificationReady } from '../verification/api.js';
import { sendToTab } from '../messaging/channel.js';
import type { AuditTimings } from '../messaging/protocol.js';
import { requestHostPermissions } from '../resources/host-access.js';
import type { Settings } from '../settings/settings.js';
import type { MessageKey } from '../i18n/messages.js';
import { auditOptions } from './audit-options.js';
import { AsOfField } from './components/AsOfField.js';
import { BatchPanel } from './components/BatchPanel.js';
import { CriterionList } from './components/CriterionList.js';
import { FixFirstList } from './components/FixFirstList.js';
import { ExportButtons } from './components/ExportButtons.js';
import { HistoryPanel } from './components/HistoryPanel.js';
import { ImportButton } from './components/ImportButton.js';
import { ReviewPanel } from './components/ReviewPanel.js';
import { ScoreSummary } from './components/ScoreSummary.js';
import { Tabs, type TabSpec } from './components/Tabs.js';
import { historyStore } from './history-store-hook.js';
import { useI18n } from './i18n.js';
import { auditTab, clearHighlights, TabAuditError } from './tab-audit.js';
import { canAuditUrl, findTargetTab, type TargetTab } from './target-tab.js';

type ReportOrigin = 'live' | 'served' | 'history' | 'import';

interface LoadedReport {
  /** The report as audited, imported or opened (earlier answers included). */
  base: AuditReport;
  /** The auditor's answers, applied on top of `base` through the core's rescore(). */
  reviews: ReviewAnswer[];
  origin: ReportOrigin;
  timings: AuditTimings | null;
  /** Tab the report is live for (evidence can be highlighted there). */
  tabId: number | null;
  /** History id once saved (later saves update it). */
  savedId: string | null;
  dirty: boolean;
}

type PanelTab = 'results' | 'review' | 'history' | 'batch';

const answersOf = (report: AuditReport): ReviewAnswer[] => report.criteria.flatMap((c) => c.checks.flatMap((k) => (k.review ? [k.review] : [])));

const FAILURE_KEYS: Record<TabAuditError['kind'], MessageKey> = {
  'no-access': 'errorNoAccess',
  unsupported: 'errorUnsupported',
  unresponsive: 'errorUnresponsive',
  failed: 'errorFailed',
};

const ORIGIN_KEYS: Record<ReportOrigin, MessageKey | null> = { live: null, served: 'servedNotice', history: 'historyNotice', import: 'importNotice' };

/**
 * The side panel: audit the target tab; read the score, criteria, checks and evidence; follow
 * evidence into the page; answer the review; save, compare, export, import, publish; batches.
 */
export function SidePanelApp({ settings }: { settings: Settings }) {
  const { t, l } = useI18n();
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [loaded, setLoaded] = useState<LoadedReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<TabAuditError['kind'] | null>(null);
  const [tab, setTab] = useState<PanelTab>('results');
  const [showAll, setShowAll] = useState(false);
  const [historyVersion, setHistoryVersion] = useState(0);
  const [unchecked, setUnchecked] = useState<string[]>([]);
  /** Completed audits in this panel (exposed as data-audits, so a caller can wait for the next). */
  const [audits, setAudits] = useState(0);
  const [asOf, setAsOf] = useState(settings.asOf);
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

  const report = useMemo(() => (loaded ? rescore(loaded.base, { reviews: loaded.reviews }) : null), [loaded]);

  const show = (next: Omit<LoadedReport, 'reviews' | 'dirty'>) => {
    if (liveTab.current !== null && liveTab.current !== next.tabId) void clearHighlights(liveTab.current);
    liveTab.current = next.tabId;
    setShowAll(false);
    setLoaded({ ...next, reviews: answersOf(next.base), dirty: false });
  };

  const runAudit = async () => {
    if (!target) return;
    setBusy(true);
    setFailure(null);
    setStatus(t('auditing'));
    const started = performance.now();
    try {
      const result = await auditTab(target, auditOptions(settings, [], asOf), settings);
      show({ base: result.report, origin: result.fallback ? 'served' : 'live', timings: result.timings, tabId: result.fallback ? null : target.id, savedId: null });
      setUnchecked(result.uncheckedOrigins);
      setAudits((n) => n + 1);
      setTab('results');
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

  /** Downloads on other hosts were skipped: ask for those hosts (in this click) and audit again. */
  const allowDownloads = async () => {
    if (!(await requestHostPermissions(unchecked))) return setStatus(t('accessRefused'));
    setUnchecked([]);
    await runAudit();
  };

  const answer = (checkId: string, value: ReviewAnswerValue | null, rawNote: string) => {
    const scrubbed = scrubPii(rawNote.trim(), settings.locale);
    setLoaded((current) => {
      if (!current) return current;
      const others = current.reviews.filter((r) => r.checkId !== checkId);
      const next: ReviewAnswer[] =
        value === null ? others : [...others, { checkId, answer: value, answeredAt: new Date().toISOString(), ...(scrubbed.text ? { note: scrubbed.text.slice(0, 2_000) } : {}) }];
      return { ...current, reviews: next, dirty: true };
    });
    setStatus(scrubbed.total > 0 ? t('noteScrubbed', scrubbed.total) : t('reviewSaved'));
  };

  const save = async () => {
    if (!loaded || !report) return;
    try {
      const store = await historyStore();
      const summary = loaded.savedId ? await store.update(loaded.savedId, report) : await store.save(report, loaded.origin === 'import' ? 'import' : 'panel');
      setLoaded({ ...loaded, savedId: summary.id, dirty: false });
      setHistoryVersion((n) => n + 1);
      setStatus(t('saved'));
    } catch (error) {
      setStatus(t('saveFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  const openSaved = async (id: string) => {
    const saved = await (await historyStore()).get(id);
    if (!saved) return setStatus(t('historyMissing'));
    show({ base: saved.report, origin: 'history', timings: null, tabId: null, savedId: saved.id });
    setTab('results');
    setStatus(t('historyOpened'));
  };

  const publish = async () => {
    if (!report) return;
    const { collector } = settings;
    if (!(await requestHostPermissions([collector.url]))) return setStatus(t('accessRefused'));
    setStatus(t('publishing'));
    try {
      const id = await publishAudit(collector, report);
      setStatus(t('published', id.slice(0, 12)));
    } catch (error) {
      setStatus(t('publishFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  const highlight = loaded?.tabId ?? null;
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
      c.checks.filter((k) => k.status === 'fail' || k.status === 'partial').flatMap((k) => k.evidence.filter((e) => e.selector).map((e) => ({ selector: e.selector!, label: l(k.failureTitle) }))),
    );
    const result = await sendToTab(highlight, 'highlight', { selectors: items.map((i) => i.selector).slice(0, 500), labels: items.map((i) => i.label.slice(0, 200)).slice(0, 500), scroll: false }, 5_000).catch(() => null);
    setStatus(result ? t('highlightShown', result.found) : t('highlightFailed'));
  };

  const pending = report ? report.criteria.reduce((n, c) => n + c.checks.filter((k) => k.mode === 'review' && !k.review).length, 0) : 0;
  const tabs: TabSpec<PanelTab>[] = [
    { id: 'results', label: t('tabResults') },
    { id: 'review', label: t('tabReview'), badge: report ? pending : undefined },
    { id: 'history', label: t('tabHistory') },
    { id: 'batch', label: t('tabBatch') },
  ];
  const targetUrl = target?.url;
  const originKey = loaded ? ORIGIN_KEYS[loaded.origin] : null;

  return (
    <div class="app" data-audits={audits}>
      <header class="app-header">
        <div class="brand">
          <div class="brand-name">
            <img class="logo" src="/icons/32.png" alt="" />
            <h1>{t('panelTitle')}</h1>
          </div>
          <span>
            {verificationReady(settings.collector) ? (
              <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/verification.html') })} data-testid="open-verification">
                {t('openVerification')}
              </button>
            ) : null}
            <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('openOptions')}
            </button>
          </span>
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
        <AsOfField id="as-of" value={asOf} onChange={setAsOf} />
        <div class="actions">
          <button type="button" class="primary" onClick={() => void runAudit()} disabled={busy || !target || !canAuditUrl(targetUrl)} data-testid="run-audit">
            {busy ? t('auditing') : t('runAudit')}
          </button>
          {failure === 'no-access' && targetUrl ? (
            <button type="button" onClick={() => void grantSite()}>
              {t('grantSite')}
            </button>
          ) : null}
          <ImportButton
            onImport={(imported) => {
              show({ base: imported, origin: 'import', timings: null, tabId: null, savedId: null });
              setTab('results');
              setStatus(t('imported'));
            }}
            onError={setStatus}
          />
        </div>
        <p class={failure ? 'status-line error' : 'status-line'} role="status" aria-live="polite" data-testid="status">
          {status}
        </p>
      </header>
      <main>
        {report && loaded ? (
          <>
            <ScoreSummary report={report} timings={loaded.timings} origin={originKey ? t(originKey) : null} />
            <div class="toolbar" role="group" aria-label={t('reportActions')}>
              <button type="button" class={loaded.dirty || !loaded.savedId ? 'primary' : ''} onClick={() => void save()} data-testid="save">
                {loaded.savedId && !loaded.dirty ? t('savedButton') : t('save')}
              </button>
              <ExportButtons report={report} onError={setStatus} />
              {collectorReady(settings.collector) ? (
                <button type="button" onClick={() => void publish()} data-testid="publish">
                  {t('publish')}
                </button>
              ) : null}
            </div>
          </>
        ) : (
          <p class="muted">{t('emptyPanel')}</p>
        )}
        <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('reportSections')}>
          {tab === 'results' ? (
            report ? (
              <section aria-label={t('tabResults')}>
                {highlight !== null ? (
                  <p>
                    <label class="switch">
                      <input type="checkbox" checked={showAll} onChange={(e) => void toggleAll((e.currentTarget as HTMLInputElement).checked)} data-testid="show-all" />
                      {t('showAllEvidence')}
                    </label>
                  </p>
                ) : null}
                {unchecked.length > 0 && loaded?.origin === 'live' ? (
                  <div class="notice info" data-testid="unchecked-downloads">
                    <p>{t('uncheckedDownloads', unchecked.join(', '))}</p>
                    <button type="button" onClick={() => void allowDownloads()}>
                      {t('allowDownloads')}
                    </button>
                  </div>
                ) : null}
                <FixFirstList report={report} />
                <CriterionList report={report} onShow={onShow} />
              </section>
            ) : (
              <p class="muted">{t('noReportYet')}</p>
            )
          ) : null}
          {tab === 'review' ? (
            report && loaded ? (
              <ReviewPanel report={report} reviews={loaded.reviews} onAnswer={answer} onShow={onShow} />
            ) : (
              <p class="muted">{t('noReportYet')}</p>
            )
          ) : null}
          {tab === 'history' ? <HistoryPanel version={historyVersion} onOpen={(id) => void openSaved(id)} onStatus={setStatus} /> : null}
          {tab === 'batch' ? <BatchPanel targetUrl={targetUrl} limits={settings.batch} options={auditOptions(settings, [], asOf)} settings={settings} onOpen={(id) => void openSaved(id)} onStatus={setStatus} /> : null}
        </Tabs>
      </main>
    </div>
  );
}
