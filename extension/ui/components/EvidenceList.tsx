import type { Evidence } from '../../../core/index.js';
import { useI18n } from '../i18n.js';

interface Props {
  evidence: readonly Evidence[];
  /** Present when the report is of the open page: draws a highlight over the element. */
  onShow?: ((selector: string) => void) | undefined;
}

/**
 * A check's evidence. Page data is shown as text only: snippets in a text node, URLs as plain
 * text (never followed), selectors in monospace. Nothing from the page becomes markup.
 */
export function EvidenceList({ evidence, onShow }: Props) {
  const { t, l } = useI18n();
  if (evidence.length === 0) return <p class="muted">{t('noEvidence')}</p>;
  return (
    <ul class="evidence">
      {evidence.map((item, i) => (
        <li key={i} data-testid="evidence-item">
          {item.label ? <strong>{l(item.label)}: </strong> : null}
          {item.value !== undefined ? <span class="wrap">{String(item.value)} </span> : null}
          {item.snippet ? <span class="snippet">«{item.snippet}»</span> : null}
          {item.url ? (
            <span class="mono" title={t('urlNotFollowed')}>
              {item.url}
            </span>
          ) : null}
          {item.selector ? (
            <div class="row" style={{ alignItems: 'center', marginTop: '0.2rem' }}>
              <code class="mono">{item.selector}</code>
              {onShow ? (
                <button type="button" class="link" onClick={() => onShow(item.selector!)} data-testid="show-evidence">
                  {t('showInPage')}
                </button>
              ) : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
