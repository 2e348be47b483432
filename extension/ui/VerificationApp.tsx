import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '@wxt-dev/browser';
import type { AuditorSession, Claim, QueuePage, VerificationQueue } from '../../core/schemas/index.js';
import type { Settings } from '../settings/settings.js';
import { askHostAccess } from '../resources/host-access.js';
import { claimPage, fetchQueue, fetchSession, verificationReady } from '../verification/api.js';
import { reviewDelivery, waitingReviews, watchReviewOutbox } from '../verification/outbox.js';
import { ClaimedPage } from './components/ClaimedPage.js';
import { QueueList } from './components/QueueList.js';
import { formatDate } from './format.js';
import { useI18n } from './i18n.js';

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Waiting submissions in the review outbox, kept current (whichever extension page delivered them). */
function useOutboxCount(): [number, () => void] {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const update = () => void waitingReviews().then(setCount, () => undefined);
    update();
    return watchReviewOutbox(update);
  }, []);
  const retry = () => void reviewDelivery().then((delivery) => delivery.flush({ all: true }));
  return [count, retry];
}

/**
 * «Cola de verificación»: the campaigns of the garante's collector with pages whose review checks
 * nobody answered, by sujeto obligado; opening a page takes its lease, opens it in a tab and shows
 * its stored report to answer (ClaimedPage). Pages another auditor holds show who and until when.
 */
export function VerificationApp({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [session, setSession] = useState<AuditorSession | null>(null);
  const [campaignId, setCampaignId] = useState('');
  const [queue, setQueue] = useState<VerificationQueue | null>(null);
  /** The page taken, the tab it opened in, and whether that tab may be highlighted (host access granted). */
  const [claimed, setClaimed] = useState<{ claim: Claim; tabId: number | null; highlight: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const [outbox, retryOutbox] = useOutboxCount();
  const ready = verificationReady(settings.collector);

  const report = (text: string, failure = false) => {
    setStatus(text);
    setFailed(failure);
  };

  useEffect(() => {
    if (!ready) return;
    void fetchSession(settings.collector).then(
      (next) => {
        setSession(next);
        setCampaignId((current) => current || (next.campaigns.find((c) => c.pendingPages > 0) ?? next.campaigns[0])?.id || '');
      },
      (error: unknown) => report(t('vqLoadFailed', errorText(error)), true),
    );
  }, [ready, settings.collector]);

  const load = useCallback(async () => {
    if (!campaignId) return;
    setBusy(true);
    try {
      setQueue(await fetchQueue(settings.collector, campaignId));
      report('');
    } catch (error) {
      report(t('vqLoadFailed', errorText(error)), true);
    } finally {
      setBusy(false);
    }
  }, [campaignId, settings.collector, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const open = async (page: QueuePage) => {
    // Asked within the click: host access lets «Mostrar en la página» draw the evidence in the
    // page's tab. Not awaited before the claim (a browser that cannot prompt leaves it pending).
    const access = askHostAccess(page.finalUrl);
    setBusy(true);
    try {
      const claim = await claimPage(settings.collector, campaignId, page.pageUrl);
      const tab = await browser.tabs.create({ url: page.finalUrl, active: false }).catch(() => null);
      const tabId = tab?.id ?? null;
      setClaimed({ claim, tabId, highlight: false });
      void access.then((granted) => {
        if (granted && tabId !== null) setClaimed((current) => (current?.tabId === tabId ? { ...current, highlight: true } : current));
      });
      report(t('vqClaimed', formatDate(claim.lease.expiresAt, settings.locale)));
    } catch (error) {
      report(t('vqTaken', errorText(error)), true);
      await load();
    } finally {
      setBusy(false);
    }
  };

  const back = () => {
    setClaimed(null);
    void load();
  };

  return (
    <div class="options verification" data-testid="verification">
      <header class="brand-name" style={{ marginBottom: '0.5rem' }}>
        <img class="logo" src="/icons/32.png" alt="" />
        <h1>{t('openVerification')}</h1>
      </header>
      <p class="muted">{t('vqIntro')}</p>
      {!ready ? (
        <div class="notice" data-testid="not-configured">
          <p>{t('vqNotConfigured')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </div>
      ) : null}
      {session ? (
        <div class="row" style={{ alignItems: 'end' }}>
          <p data-testid="auditor-name">{t('vqSignedIn', session.auditor.name)}</p>
          {session.campaigns.length === 0 ? (
            <p class="muted">{t('vqNoCampaigns')}</p>
          ) : (
            <div class="field">
              <label for="vq-campaign">{t('vqCampaign')}</label>
              <select id="vq-campaign" value={campaignId} disabled={claimed !== null} onChange={(e) => setCampaignId((e.currentTarget as HTMLSelectElement).value)}>
                {session.campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t('vqCampaignOption', c.name, c.pendingPages)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {claimed === null && campaignId ? (
            <div class="field">
              <button type="button" onClick={() => void load()} disabled={busy} data-testid="refresh-queue">
                {t('vqRefresh')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <p class={failed ? 'status-line error' : 'status-line'} role="status" aria-live="polite" data-testid="vq-status">
        {status}
      </p>
      {outbox > 0 ? (
        <p class="notice info" data-testid="outbox">
          {t('vqOutbox', outbox)}{' '}
          <button type="button" class="link" onClick={retryOutbox}>
            {t('vqRetryNow')}
          </button>
        </p>
      ) : null}
      <main style={{ padding: 0 }}>
        {claimed ? (
          <ClaimedPage key={claimed.claim.page} claim={claimed.claim} tabId={claimed.tabId} canHighlight={claimed.highlight} settings={settings} onBack={back} onStatus={(text) => report(text)} />
        ) : queue && session ? (
          <QueueList queue={queue} auditorId={session.auditor.id} busy={busy} onOpen={(page) => void open(page)} />
        ) : busy ? (
          <p class="muted">{t('vqLoading')}</p>
        ) : null}
      </main>
    </div>
  );
}
