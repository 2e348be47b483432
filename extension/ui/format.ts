import type { Band, CheckStatus, Locale } from '../../core/index.js';
import type { MessageKey, Translate } from '../i18n/messages.js';
import { dateTimeFormat, numberFormat } from '../i18n/messages.js';

/** A 0-100 score as shown: rounded, or an em dash when undecided. */
export const formatScore = (score: number | null | undefined): string => (score === null || score === undefined ? '—' : String(Math.round(score)));

export const formatPercent = (share: number, locale: Locale): string => numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

export const formatDate = (iso: string, locale: Locale): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat(locale).format(date);
};

/** A calendar day (YYYY-MM-DD, such as a verification date) in the locale, without a time. */
export const formatDay = (day: string, locale: Locale): string => {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
};

export const formatMs = (ms: number, locale: Locale): string => `${numberFormat(locale, { maximumFractionDigits: 0 }).format(ms)} ms`;

const BAND_KEYS: Record<Band, MessageKey> = { insuficiente: 'bandInsuficiente', 'en-desarrollo': 'bandEnDesarrollo', proactiva: 'bandProactiva' };
export const bandLabel = (band: Band | null, t: Translate): string => (band ? t(BAND_KEYS[band]) : t('bandNone'));
export const bandClass = (band: Band | null): string => `band-${band ?? 'none'}`;

const STATUS_KEYS: Record<CheckStatus, MessageKey> = {
  pass: 'statusPass',
  partial: 'statusPartial',
  fail: 'statusFail',
  'needs-review': 'statusNeedsReview',
  'not-applicable': 'statusNotApplicable',
};
export const statusLabel = (status: CheckStatus, t: Translate): string => t(STATUS_KEYS[status]);

/** A shape beside the status word, so status never rests on colour alone. */
export const STATUS_ICONS: Record<CheckStatus, string> = { pass: '✓', partial: '◐', fail: '✕', 'needs-review': '?', 'not-applicable': '–' };
