import type { QueuePage, VerificationQueue } from '../../../core/schemas/index.js';
import { formatDate, formatScore } from '../format.js';
import { useI18n } from '../i18n.js';

interface Props {
  queue: VerificationQueue;
  /** The auditor using the extension (their own leases read "taken by you"). */
  auditorId: string;
  busy: boolean;
  onOpen: (page: QueuePage) => void;
}

function PageRow({ page, auditorId, busy, onOpen }: { page: QueuePage } & Omit<Props, 'queue'>) {
  const { t, locale } = useI18n();
  const mine = page.holder?.auditor.id === auditorId;
  const taken = page.holder !== null && !mine;
  const holderText = page.holder
    ? mine
      ? t('vqTakenByYou', formatDate(page.holder.expiresAt, locale))
      : t('vqTakenBy', page.holder.auditor.name, formatDate(page.holder.expiresAt, locale))
    : t('vqFree');
  return (
    <li class="history-page" data-page={page.pageUrl} data-taken={taken ? 'other' : mine ? 'mine' : 'free'}>
      <span class="mono">{page.pageUrl}</span>
      <ul>
        <li>
          <span>{t('vqPending', page.pending)}</span>
          <span class="muted">{t('vqScore', formatScore(page.score))}</span>
          <span class={taken ? 'status status-partial' : 'muted'} data-testid="holder">
            {taken ? <span aria-hidden="true">🔒 </span> : null}
            {holderText}
          </span>
          {taken ? null : (
            <button type="button" class={mine ? '' : 'primary'} disabled={busy} onClick={() => onOpen(page)} aria-label={`${mine ? t('vqOpenYours') : t('vqOpen')}: ${page.pageUrl}`}>
              {mine ? t('vqOpenYours') : t('vqOpen')}
            </button>
          )}
        </li>
      </ul>
    </li>
  );
}

/** A campaign's pages waiting for review, by sujeto obligado; pages another auditor holds say by whom and until when. */
export function QueueList({ queue, auditorId, busy, onOpen }: Props) {
  const { t } = useI18n();
  if (queue.sites.length === 0) return <p class="muted" data-testid="queue-empty">{t('vqEmpty')}</p>;
  return (
    <div data-testid="queue">
      {queue.truncated ? <p class="notice">{t('vqTruncated')}</p> : null}
      {queue.sites.map((site) => (
        <section key={site.siteId} class="history-site" aria-labelledby={`site-${site.siteId}`} data-site={site.siteId}>
          <h2 id={`site-${site.siteId}`}>
            {site.name} <span class="muted">({t('vqPagesCount', site.pages.length)})</span>
          </h2>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {site.pages.map((page) => (
              <PageRow key={page.pageUrl} page={page} auditorId={auditorId} busy={busy} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
