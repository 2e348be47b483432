import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ReportScoreView } from '../../core/schemas/score-view.js';
import { BAND_LABELS, bandFor } from '../../core/scoring/band.js';
import { pick, resolveLocale } from '../shared/locale.js';
import { baseStyles } from '../shared/styles.js';
import { httpUrl } from '../shared/urls.js';
import { STRINGS, type ScoreStrings } from './strings.js';
import { scoreStyles } from './styles.js';

type State =
  | { kind: 'config' }
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'invalid' }
  | { kind: 'ready'; report: ReportScoreView };

const TIMEOUT_MS = 10_000;

/**
 * A badge with a page's latest audit score and band (insuficiente / en desarrollo / proactiva,
 * design §2), read from an AuditReport JSON and validated with core's view of it (ReportScoreView), linking to the
 * printable report.
 *
 * @summary Shows the page's proactive-transparency score and band.
 *
 * @attr src - URL of the page's AuditReport JSON.
 * @attr report-url - URL of the printable report (Documento de Recomendaciones); no link without it.
 * @attr lang - "en" for English; Spanish (es-MX) otherwise.
 *
 * @fires proactiva-score-load - The report arrived and was valid. detail: { score, band, auditedAt }.
 * @fires proactiva-score-error - The report could not be loaded or was invalid. detail: { reason }.
 *
 * @csspart badge - The badge's box.
 * @csspart label - "Transparencia proactiva".
 * @csspart score - The score ("78 de 100").
 * @csspart band - The band's name.
 * @csspart date - When the page was assessed.
 * @csspart report-link - The link to the printable report.
 * @csspart notice - Loading and error messages.
 *
 * @cssprop [--proactiva-band-insuficiente=#9b1c1c] - Colour of the band insuficiente (0-49).
 * @cssprop [--proactiva-band-en-desarrollo=#7a4a00] - Colour of the band en desarrollo (50-89).
 * @cssprop [--proactiva-band-proactiva=#1e5b2e] - Colour of the band proactiva (90-100).
 * @cssprop [--proactiva-text=#1b1b1b] - Text colour.
 * @cssprop [--proactiva-muted=#4a4a4a] - Secondary text.
 * @cssprop [--proactiva-surface=#ffffff] - Background.
 * @cssprop [--proactiva-border=#6b6b6b] - Border.
 * @cssprop [--proactiva-link=#1a4f8b] - The report link.
 * @cssprop [--proactiva-radius=0.375rem] - Corner radius.
 */
export class ProactivaScore extends LitElement {
  static override styles = [baseStyles, scoreStyles];

  static override properties = {
    src: {},
    reportUrl: { attribute: 'report-url' },
    locale: { attribute: 'lang' },
    state: { state: true, attribute: false },
  };

  declare src: string | null;
  declare reportUrl: string | null;
  /** The `lang` attribute, read as es-MX unless it says English. */
  declare locale: string | null;
  declare private state: State;

  /** The fetch used to read the report (a test may replace it). */
  fetcher: typeof fetch = (input, init) => fetch(input, init);

  #abort: AbortController | null = null;

  constructor() {
    super();
    this.src = null;
    this.reportUrl = null;
    this.locale = null;
    this.state = { kind: 'loading' };
  }

  get #t(): ScoreStrings {
    return pick(STRINGS, resolveLocale(this.locale));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.#load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || !this.hasUpdated) void this.#load();
  }

  #fail(kind: 'error' | 'invalid', reason: string): void {
    console.warn(`<proactiva-score> ${reason}`);
    this.state = { kind };
    this.dispatchEvent(new CustomEvent('proactiva-score-error', { detail: { reason }, bubbles: true, composed: true }));
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const url = httpUrl(this.src, globalThis.location?.href ?? 'about:blank');
    if (url === null) {
      console.error('<proactiva-score> needs an http(s) src attribute: the URL of an AuditReport JSON.');
      this.state = { kind: 'config' };
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    this.state = { kind: 'loading' };
    // The schema's chunk downloads while the report does (no extra round trip before the data).
    const schema = import('../shared/validation.js').then((m) => m.ReportScoreView);
    schema.catch(() => undefined); // awaited below; a failure is reported there, once
    try {
      let body: unknown;
      let view: typeof ReportScoreView;
      try {
        const response = await this.fetcher(url, { signal: abort.signal, headers: { accept: 'application/json' } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        body = await response.json();
        view = await schema;
      } catch (error) {
        if (this.#abort === abort) this.#fail('error', `could not load ${url}: ${abort.signal.aborted ? 'timeout' : String(error)}`);
        return;
      }
      if (this.#abort !== abort) return;
      const parsed = view.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        this.#fail('invalid', `${url} is not a valid AuditReport: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
        return;
      }
      this.state = { kind: 'ready', report: parsed.data };
      const { score, auditedAt } = parsed.data;
      this.dispatchEvent(
        new CustomEvent('proactiva-score-load', { detail: { score, band: bandFor(score), auditedAt }, bubbles: true, composed: true }),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const lang = resolveLocale(this.locale);
    const state = this.state;
    if (state.kind !== 'ready') {
      const message = { config: t.badConfig, loading: t.loading, error: t.error, invalid: t.invalid }[state.kind];
      return html`<div class="badge" part="badge" data-band="none" lang=${lang}>
        <p class="label" part="label">${t.label}</p>
        <p class="muted" part="notice" aria-busy=${state.kind === 'loading' ? 'true' : 'false'}>${message}</p>
      </div>`;
    }
    const { report } = state;
    const band = bandFor(report.score);
    const date = new Intl.DateTimeFormat(t.dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(report.auditedAt));
    const link = httpUrl(this.reportUrl, globalThis.location?.href ?? 'about:blank');
    return html`<div class="badge" part="badge" data-band=${band ?? 'none'} lang=${lang}>
      <p class="label" part="label">${t.label}</p>
      <p class="score" part="score">${report.score === null ? t.noScore : t.outOf(String(Math.round(report.score)))}</p>
      ${band
        ? html`<p class="band" part="band">
            <span class="sr-only">${t.bandPrefix} </span>${BAND_LABELS[band][t.bandKey]}
            <span class="sr-only">(${t.bandHelp[band]})</span>
          </p>`
        : nothing}
      <p class="date" part="date">${t.assessed(date)}</p>
      ${link ? html`<p><a part="report-link" href=${link}>${t.report}</a></p>` : nothing}
    </div>`;
  }
}
