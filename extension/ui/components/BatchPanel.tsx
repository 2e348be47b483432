import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BatchLimits } from '../../settings/settings.js';
import { isFinished, type BatchRow, type BatchSnapshot } from '../../batch/batch-state.js';
import { onBroadcast, sendToExtension } from '../../messaging/channel.js';
import { requestHostPermissions, sameOrigin } from '../../resources/host-access.js';
import { batchCsvFile } from '../../export/report-files.js';
import { batchTableCsv } from '../../export/batch-table-csv.js';
import { saveFile } from '../../export/save-file.js';
import type { AuditRunOptions } from '../../messaging/protocol.js';
import { batchHeadChecks } from '../audit-options.js';
import { historyStore } from '../history-store-hook.js';
import { useI18n } from '../i18n.js';
import { AsOfField } from './AsOfField.js';
import { RulesField } from './RulesField.js';
import { rulesOf, type Settings } from '../../settings/settings.js';
import { bandLabel, formatPercent, formatScore } from '../format.js';
import type { MessageKey } from '../../i18n/messages.js';

interface Props {
  /** Address of the audited tab: the crawl starts there, and activeTab already opened its origin. */
  targetUrl: string | undefined;
  limits: BatchLimits;
  options: AuditRunOptions;
  /** The settings' rule-set choice and the garante's file, so a batch can run under other rules. */
  settings: Settings;
  onOpen: (auditId: string) => void;
  onStatus: (message: string) => void;
}

type SortKey = 'order' | 'score-desc' | 'score-asc';

const STATUS_KEYS: Record<BatchSnapshot['status'], MessageKey> = {
  running: 'batchRunning',
  paused: 'batchPaused',
  done: 'batchDone',
  cancelled: 'batchCancelled',
  interrupted: 'batchInterrupted',
};

function sorted(rows: readonly BatchRow[], key: SortKey): BatchRow[] {
  if (key === 'order') return [...rows];
  const dir = key === 'score-desc' ? -1 : 1;
  // Pages without a score always go last.
  return [...rows].sort((a, b) => (a.score === null ? 1 : b.score === null ? -1 : dir * (a.score - b.score)));
}

/** Batch audits: paste URLs or crawl this site; progress, pause/cancel, sortable results, CSV. */
export function BatchPanel({ targetUrl, limits, options, settings, onOpen, onStatus }: Props) {
  const { t, locale } = useI18n();
  const [mode, setMode] = useState<'list' | 'crawl'>('list');
  const [urls, setUrls] = useState('');
  const [maxPages, setMaxPages] = useState(limits.maxPages);
  const [maxDepth, setMaxDepth] = useState(limits.maxDepth);
  const [batch, setBatch] = useState<BatchSnapshot | null>(null);
  const [sort, setSort] = useState<SortKey>('order');
  const [starting, setStarting] = useState(false);
  const [asOf, setAsOf] = useState(options.asOf ?? '');
  const [rules, setRules] = useState(settings.rules);
  const [inspect, setInspect] = useState(options.headChecks?.inspect ?? false);

  useEffect(() => {
    let alive = true;
    void historyStore()
      .then((store) => store.latestBatch())
      .then((latest) => alive && latest && setBatch((current) => current ?? latest))
      .catch(() => undefined);
    const stop = onBroadcast('batchProgress', (snapshot) => setBatch((current) => (!current || current.batchId === snapshot.batchId || snapshot.startedAt >= current.startedAt ? snapshot : current)));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  const start = async () => {
    const source =
      mode === 'crawl' ? (targetUrl ? { kind: 'crawl' as const, seed: targetUrl } : null) : { kind: 'list' as const, urls: urls.split(/\s+/).filter(Boolean) };
    if (!source || (source.kind === 'list' && source.urls.length === 0)) return onStatus(t('batchNothing'));
    // Hosts other than the audited tab's need the auditor's permission (asked within this click).
    const others = source.kind === 'list' ? source.urls.filter((u) => !targetUrl || !sameOrigin(u, targetUrl)) : [];
    if (others.length > 0 && !(await requestHostPermissions(others))) onStatus(t('batchNoPermission'));
    setStarting(true);
    try {
      await sendToExtension('runnerReady', {}, 15_000);
      const { asOf: _fromPanel, rules: _rulesFromPanel, ...rest } = options;
      const ruleSet = rulesOf(rules, settings);
      const run = await sendToExtension(
        'batchStart',
        {
          source,
          limits: { ...limits, maxPages, maxDepth },
          options: { ...rest, headChecks: batchHeadChecks(options.headChecks, inspect), ...(asOf ? { asOf } : {}), ...(ruleSet ? { rules: ruleSet } : {}) },
        },
        15_000,
      );
      onStatus(t('batchStarted'));
      setBatch((current) => (current?.batchId === run.batchId ? current : null));
    } catch (error) {
      onStatus(t('batchFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      setStarting(false);
    }
  };

  const control = (action: 'pause' | 'resume' | 'cancel') => {
    if (!batch) return;
    void sendToExtension('batchControl', { batchId: batch.batchId, action }, 10_000).catch(() => onStatus(t('batchControlFailed')));
  };

  const exportDetailed = async () => {
    if (!batch) return;
    const store = await historyStore();
    const reports = [];
    for (const row of batch.rows) {
      const saved = row.auditId ? await store.get(row.auditId) : undefined;
      if (saved) reports.push(saved.report);
    }
    saveFile(batchCsvFile(reports, locale));
  };

  const rows = useMemo(() => sorted(batch?.rows ?? [], sort), [batch, sort]);
  const running = batch !== null && !isFinished(batch.status);
  const nextSort: SortKey = sort === 'score-desc' ? 'score-asc' : 'score-desc';

  return (
    <section aria-labelledby="batch-heading">
      <h2 id="batch-heading">{t('batchHeading')}</h2>
      <fieldset>
        <legend>{t('batchSource')}</legend>
        <div class="choices">
          <label>
            <input type="radio" name="batch-mode" checked={mode === 'list'} onChange={() => setMode('list')} />
            {t('batchModeList')}
          </label>
          <label>
            <input type="radio" name="batch-mode" checked={mode === 'crawl'} onChange={() => setMode('crawl')} disabled={!targetUrl} />
            {t('batchModeCrawl')}
          </label>
        </div>
        {mode === 'list' ? (
          <div class="field">
            <label for="batch-urls">{t('batchUrls')}</label>
            <textarea id="batch-urls" value={urls} rows={6} onInput={(e) => setUrls((e.currentTarget as HTMLTextAreaElement).value)} spellcheck={false} />
            <small>{t('batchUrlsHelp')}</small>
          </div>
        ) : (
          <p class="wrap">
            {t('batchCrawlFrom')} <span class="mono">{targetUrl}</span>
          </p>
        )}
        <div class="row">
          <div class="field">
            <label for="batch-max-pages">{t('optMaxPages')}</label>
            <input id="batch-max-pages" type="number" min={1} max={500} value={maxPages} onInput={(e) => setMaxPages(Number((e.currentTarget as HTMLInputElement).value) || 1)} />
          </div>
          {mode === 'crawl' ? (
            <div class="field">
              <label for="batch-max-depth">{t('optMaxDepth')}</label>
              <input id="batch-max-depth" type="number" min={0} max={5} value={maxDepth} onInput={(e) => setMaxDepth(Number((e.currentTarget as HTMLInputElement).value) || 0)} />
            </div>
          ) : null}
          <AsOfField id="batch-as-of" value={asOf} onChange={setAsOf} />
          <RulesField id="batch-rules" value={rules} onChange={setRules} custom={settings.customRules} />
          <div class="field">
            <label class="switch">
              <input type="checkbox" checked={inspect} onChange={(e) => setInspect((e.currentTarget as HTMLInputElement).checked)} data-testid="batch-inspect" />
              {t('batchInspect')}
            </label>
          </div>
          <div class="field">
            <button type="button" class="primary" onClick={() => void start()} disabled={starting || running} data-testid="batch-start">
              {t('batchStart')}
            </button>
          </div>
        </div>
        <p class="muted">{t('batchHelp')}</p>
      </fieldset>

      {batch ? (
        <div data-testid="batch-progress">
          <p aria-live="polite">
            <strong>{t(STATUS_KEYS[batch.status])}</strong> — {t('batchProgressLine', batch.done, batch.total, batch.failed)}
          </p>
          <progress max={Math.max(batch.total, 1)} value={batch.done} aria-label={t('batchProgressLabel')} />
          {batch.inFlight.length > 0 ? <p class="muted mono" data-testid="batch-inflight">{batch.inFlight.join(' · ')}</p> : null}
          <div class="toolbar">
            {batch.status === 'running' ? (
              <button type="button" onClick={() => control('pause')} data-testid="batch-pause">
                {t('batchPause')}
              </button>
            ) : null}
            {batch.status === 'paused' ? (
              <button type="button" onClick={() => control('resume')} data-testid="batch-resume">
                {t('batchResume')}
              </button>
            ) : null}
            {running ? (
              <button type="button" onClick={() => control('cancel')} data-testid="batch-cancel">
                {t('batchCancel')}
              </button>
            ) : null}
            <button type="button" onClick={() => saveFile(batchTableCsv(batch.rows, locale))} disabled={batch.rows.length === 0} data-testid="batch-csv">
              {t('batchCsv')}
            </button>
            <button type="button" onClick={() => void exportDetailed()} disabled={batch.rows.length === 0} data-testid="batch-csv-detailed">
              {t('batchCsvDetailed')}
            </button>
          </div>
          <table data-testid="batch-results">
            <caption class="visually-hidden">{t('batchResults')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colPage')}</th>
                <th scope="col" class="num" aria-sort={sort === 'score-desc' ? 'descending' : sort === 'score-asc' ? 'ascending' : 'none'}>
                  <button type="button" onClick={() => setSort(nextSort)} data-testid="sort-score">
                    {t('colScore')} <span aria-hidden="true">{sort === 'score-desc' ? '▼' : sort === 'score-asc' ? '▲' : '↕'}</span>
                  </button>
                </th>
                <th scope="col">{t('colBand')}</th>
                <th scope="col" class="num">
                  {t('colCoverage')}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.url} data-batch-row={row.url}>
                  <td class="wrap">
                    <div>{row.title || t('untitledPage')}</div>
                    <div class="mono muted">{row.url}</div>
                    {row.error ? <div class="error">{row.error}</div> : null}
                    {row.truncated ? <div class="muted">{t('truncatedTitle')}</div> : null}
                  </td>
                  <td class="num" data-testid="batch-score">
                    {formatScore(row.score)}
                  </td>
                  <td>{row.ok ? bandLabel(row.band, t) : '—'}</td>
                  <td class="num">{row.ok ? formatPercent(row.coverage, locale) : '—'}</td>
                  <td>
                    {row.auditId ? (
                      <button type="button" class="link" onClick={() => onOpen(row.auditId!)}>
                        {t('open')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
