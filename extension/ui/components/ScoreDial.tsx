import type { Band } from '../../../core/index.js';
import { useI18n } from '../i18n.js';
import { bandClass, bandLabel, formatScore } from '../format.js';

/** The overall score: a ring filled to the score in the band's colour, the number in words for AT. */
export function ScoreDial({ score, band, size = 'large' }: { score: number | null; band: Band | null; size?: 'large' | 'small' }) {
  const { t } = useI18n();
  const value = score === null ? 0 : Math.round(score);
  const style = { '--value': String(value), ...(size === 'small' ? { width: '64px', height: '64px' } : {}) } as Record<string, string>;
  return (
    <div class={`dial ${bandClass(band)}`} style={style} role="img" aria-label={t('scoreAria', formatScore(score), bandLabel(band, t))} data-testid="overall-score">
      <div class="dial-inner" style={size === 'small' ? { width: '50px', height: '50px' } : undefined}>
        <div>
          <div class="dial-score" aria-hidden="true" style={size === 'small' ? { fontSize: '1.25rem' } : undefined}>
            {formatScore(score)}
          </div>
          <div class="dial-max" aria-hidden="true">
            / 100
          </div>
        </div>
      </div>
    </div>
  );
}

export function BandPill({ band }: { band: Band | null }) {
  const { t } = useI18n();
  return <span class={`band-pill ${bandClass(band)}`}>{bandLabel(band, t)}</span>;
}
