import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { FeedbackSummary } from '../../core/schemas/summary.js';
import { pick, resolveLocale } from '../shared/locale.js';
import { baseStyles } from '../shared/styles.js';
import { httpUrl, pageAddress } from '../shared/urls.js';
import { STRINGS, type SummaryStrings } from './strings.js';
import { summaryStyles } from './styles.js';
import { summaryText } from './summary-text.js';

type State =
  | { kind: 'config' }
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'ready'; summary: FeedbackSummary };

const TIMEOUT_MS = 10_000;

/**
 * The public result of the feedback for one page, read from the collector's GET /v1/summary:
 * "87 % la encontró útil · 214 respuestas" and the reasons most pointed out, as text.
 *
 * @summary Shows how many visitors found the page useful, and why not.
 *
 * @attr endpoint - The collector's base URL.
 * @attr page - The page to summarise; defaults to this page's address without query or fragment.
 * @attr lang - "en" for English; Spanish (es-MX) otherwise.
 *
 * @fires proactiva-summary-load - The summary arrived and was valid. detail: { summary }.
 * @fires proactiva-summary-error - The collector could not be reached or answered something invalid. detail: { reason }.
 *
 * @csspart container - The widget's box.
 * @csspart heading - The title.
 * @csspart result - The line with the share and the number of answers.
 * @csspart bar - The bar showing the share (decorative; the text says it).
 * @csspart reasons - The list of top reasons.
 * @csspart notice - Loading, empty and error messages.
 *
 * @cssprop [--proactiva-accent=#611232] - The bar.
 * @cssprop [--proactiva-text=#1b1b1b] - Text colour.
 * @cssprop [--proactiva-muted=#4a4a4a] - Secondary text.
 * @cssprop [--proactiva-surface=#ffffff] - Background.
 * @cssprop [--proactiva-border=#6b6b6b] - Border.
 * @cssprop [--proactiva-radius=0.375rem] - Corner radius.
 * @cssprop [--proactiva-space=1rem] - Padding.
 */
export class ProactivaSummary extends LitElement {
  static override styles = [baseStyles, summaryStyles];

  static override properties = {
    endpoint: {},
    page: {},
    locale: { attribute: 'lang' },
    state: { state: true, attribute: false },
  };

  declare endpoint: string | null;
  declare page: string | null;
  /** The `lang` attribute, read as es-MX unless it says English. */
  declare locale: string | null;
  declare private state: State;

  /** The fetch used to reach the collector (a test may replace it). */
  fetcher: typeof fetch = (input, init) => fetch(input, init);

  #abort: AbortController | null = null;

  constructor() {
    super();
    this.endpoint = null;
    this.page = null;
    this.locale = null;
    this.state = { kind: 'loading' };
  }

  get #t(): SummaryStrings {
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
    if (changed.has('endpoint') || changed.has('page') || !this.hasUpdated) void this.#load();
  }

  /** The summary's URL, or null when the attributes do not allow one. */
  #url(): string | null {
    const here = globalThis.location?.href ?? 'about:blank';
    const endpoint = httpUrl(this.endpoint, here);
    const page = pageAddress(this.page ? (httpUrl(this.page, here) ?? '') : here);
    if (endpoint === null || page === null) return null;
    return `${endpoint.replace(/\/+$/, '')}/v1/summary?page=${encodeURIComponent(page)}`;
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const url = this.#url();
    if (url === null) {
      console.error('<proactiva-summary> needs an http(s) endpoint attribute (and, if given, an http(s) page).');
      this.state = { kind: 'config' };
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    this.state = { kind: 'loading' };
    // The schema's chunk downloads while the summary does (no extra round trip before the data).
    const schema = import('../shared/validation.js').then((m) => m.FeedbackSummary);
    schema.catch(() => undefined); // awaited below; a failure is reported there, once
    try {
      const response = await this.fetcher(url, { credentials: 'omit', signal: abort.signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body: unknown = await response.json();
      const parsed = (await schema).safeParse(body);
      if (!parsed.success) throw new Error(`invalid summary: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
      if (this.#abort !== abort) return;
      this.state = { kind: 'ready', summary: parsed.data };
      this.dispatchEvent(new CustomEvent('proactiva-summary-load', { detail: { summary: parsed.data }, bubbles: true, composed: true }));
    } catch (error) {
      if (this.#abort !== abort) return;
      const reason = abort.signal.aborted ? 'timeout' : error instanceof Error ? error.message : String(error);
      console.warn(`<proactiva-summary> could not load ${url}: ${reason}`);
      this.state = { kind: 'error' };
      this.dispatchEvent(new CustomEvent('proactiva-summary-error', { detail: { reason }, bubbles: true, composed: true }));
    } finally {
      clearTimeout(timer);
    }
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const lang = resolveLocale(this.locale);
    const busy = this.state.kind === 'loading';
    return html`<section class="box" part="container" lang=${lang} aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <p class="heading" part="heading" role="heading" aria-level="2" id="title">${t.title}</p>
      ${this.#body(t)}
    </section>`;
  }

  #body(t: SummaryStrings): TemplateResult {
    switch (this.state.kind) {
      case 'config':
        return html`<p class="error" part="notice">${t.badConfig}</p>`;
      case 'loading':
        return html`<p class="muted" part="notice">${t.loading}</p>`;
      case 'error':
        return html`<p class="muted" part="notice">${t.error}</p>`;
      case 'ready': {
        const summary = this.state.summary;
        if (summary.total === 0) return html`<p class="muted" part="notice">${t.empty}</p>`;
        const text = summaryText(summary, t);
        const share = text.share ? html`<span class="share">${text.share}</span><span class="sep" aria-hidden="true"> · </span>` : nothing;
        return html`<p class="result" part="result">${share}<span>${text.answers}</span></p>
          <div class="bar" part="bar" aria-hidden="true"><span style=${styleMap({ '--_percent': `${text.percent}%` })}></span></div>
          ${text.reasons.length > 0
            ? html`<p class="reasons-title" id="reasons-title">${t.topReasons}</p>
                <ul part="reasons" aria-labelledby="reasons-title">
                  ${text.reasons.map((r) => html`<li>${r.label} (${r.count})</li>`)}
                </ul>`
            : nothing}`;
      }
    }
  }
}
