import { useEffect, useState } from 'preact/hooks';
import type { AuditSummary } from '../../history/history-record.js';
import type { SiteGroup } from '../../history/history-store.js';
import { compareReports, type Comparison } from '../../history/compare.js';
import { historyStore } from '../history-store-hook.js';
import { useI18n } from '../i18n.js';
import { bandLabel, formatDate, formatPercent, formatScore } from '../format.js';
import type { MessageKey } from '../../i18n/messages.js';
import { ComparePanel } from './ComparePanel.js';

const SOURCE_KEYS: Record<AuditSummary['source'], MessageKey> = { panel: 'sourcePanel', batch: 'sourceBatch', import: 'sourceImport' };

interface Props {
  /** Changes whenever the history changed elsewhere (a save), to reload the list. */
  version: number;
  onOpen: (id: string) => void;
  onStatus: (message: string) => void;
}

function PageCompare({ audits, onCompare }: { audits: AuditSummary[]; onCompare: (a: string, b: string) => void }) {
  const { t, locale } = useI18n();
  const [before, setBefore] = useState(audits[1]!.id);
  const [after, setAfter] = useState(audits[0]!.id);
  const idBase = `cmp-${audits[0]!.id}`;
  const options = audits.map((a) => (
    <option key={a.id} value={a.id}>
      {formatDate(a.savedAt, locale)} — {formatScore(a.score)}
    </option>
  ));
  return (
    <div class="row" style={{ marginTop: '0.35rem' }}>
      <div class="field">
        <label for={`${idBase}-a`}>{t('compareBefore')}</label>
        <select id={`${idBase}-a`} value={before} onChange={(e) => setBefore((e.currentTarget as HTMLSelectElement).value)}>
          {options}
        </select>
      </div>
      <div class="field">
        <label for={`${idBase}-b`}>{t('compareAfter')}</label>
        <select id={`${idBase}-b`} value={after} onChange={(e) => setAfter((e.currentTarget as HTMLSelectElement).value)}>
          {options}
        </select>
      </div>
      <div class="field">
        <button type="button" onClick={() => onCompare(before, after)} disabled={before === after} data-testid="compare">
          {t('compare')}
        </button>
      </div>
    </div>
  );
}

/** Saved audits by site and page: open one, delete one, compare two of the same page. */
export function HistoryPanel({ version, onOpen, onStatus }: Props) {
  const { t, locale } = useI18n();
  const [groups, setGroups] = useState<SiteGroup[] | null>(null);
  const [reload, setReload] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);

  useEffect(() => {
    let alive = true;
    void historyStore()
      .then((store) => store.bySite())
      .then((list) => alive && setGroups(list))
      .catch(() => alive && setGroups([]));
    return () => {
      alive = false;
    };
  }, [version, reload]);

  const remove = async (id: string) => {
    await (await historyStore()).delete(id);
    setConfirming(null);
    setReload((n) => n + 1);
    onStatus(t('historyDeleted'));
  };

  const compare = async (a: string, b: string) => {
    const store = await historyStore();
    const [x, y] = await Promise.all([store.get(a), store.get(b)]);
    if (!x || !y) return onStatus(t('historyMissing'));
    setComparison(compareReports(x.report, y.report));
  };

  if (comparison) return <ComparePanel comparison={comparison} onClose={() => setComparison(null)} />;
  if (groups === null) return <p class="muted">{t('loading')}</p>;
  return (
    <section aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading">{t('historyHeading')}</h2>
      {groups.length === 0 ? <p class="muted">{t('historyEmpty')}</p> : null}
      {groups.map((group) => (
        <div class="history-site" key={group.site}>
          <h3 class="mono">{group.site}</h3>
          {group.pages.map((page) => (
            <div class="history-page" key={page.url} data-history-page={page.url}>
              <p class="wrap">
                <strong>{page.title || t('untitledPage')}</strong> <span class="mono">{page.url}</span>
              </p>
              <ul>
                {page.audits.map((a) => (
                  <li key={a.id} data-audit={a.id}>
                    <span>{formatDate(a.savedAt, locale)}</span>
                    <strong>{formatScore(a.score)}</strong>
                    <span>{bandLabel(a.band, t)}</span>
                    <span class="muted">
                      {t('coverageShort', formatPercent(a.coverage, locale))} · {t('reviewedCount', a.reviewed)} · {t(SOURCE_KEYS[a.source])}
                    </span>
                    <button type="button" onClick={() => onOpen(a.id)} data-testid="history-open">
                      {t('open')}
                    </button>
                    {confirming === a.id ? (
                      <>
                        <button type="button" onClick={() => void remove(a.id)}>
                          {t('confirmDelete')}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t('cancel')}
                        </button>
                      </>
                    ) : (
                      <button type="button" onClick={() => setConfirming(a.id)}>
                        {t('delete')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              {page.audits.length >= 2 ? <PageCompare audits={page.audits} onCompare={(a, b) => void compare(a, b)} /> : null}
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
