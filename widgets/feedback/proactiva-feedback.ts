import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '../../core/schemas/common.js';
import type { Delivery } from '../client/delivery.js';
import { hasPendingAnswers } from '../client/pending-marker.js';
import { resolveLocale } from '../shared/locale.js';
import { baseStyles } from '../shared/styles.js';
import { answeredToday, browserStore, type KeyValueStore } from './answered.js';
import { ASK_ES, type AskStrings } from './ask-strings.js';
import { readConfig, type ConfigResult } from './config.js';
import type { FeedbackForm } from './form.js';
import type { FeedbackStrings } from './strings.js';
import { feedbackStyles } from './styles.js';

/** The reasons form, scrubber and outbox: loaded on first interaction (details.ts). */
type Details = typeof import('./details.js');

/** 'form': the reasons form or the thank-you view, rendered by the FeedbackForm. */
type Phase = 'ask' | 'already' | 'form';

/**
 * "¿Te fue útil esta información?" Sí / No, then (on No) the reasons, each a criterion of the
 * Decálogo, and an optional comment scrubbed of personal data in the browser, showing the
 * visitor what will be removed. Answers go to the collector through the IndexedDB outbox.
 * The first load is only the question and its buttons, in es-MX; the reasons form, the scrubber
 * and the outbox load on the first interaction (preloaded on hover or focus), or right away when
 * an earlier visit left answers waiting; the English strings load only with lang="en".
 *
 * @summary Asks whether the page's information was useful, and why not.
 *
 * @attr site - Site id registered in the collector ("agua-estado").
 * @attr endpoint - The collector's base URL.
 * @attr site-key - The site's public key (pk_…), sent as X-Proactiva-Key.
 * @attr privacy-url - Link to the aviso de privacidad. Required: without it no form is shown.
 * @attr lang - "en" for English; Spanish (es-MX) otherwise.
 * @attr page - The page the answer is about; defaults to this page's address without query or fragment.
 * @attr detail-on-yes - Also offer reasons and a comment after "Sí".
 *
 * @fires proactiva-answer - The visitor chose Sí or No. detail: { useful }.
 * @fires proactiva-submit - An answer was queued for the collector. detail: { record, removed }.
 *
 * @csspart container - The widget's box.
 * @csspart heading - The question and the other headings.
 * @csspart button - Every button.
 * @csspart yes-button - The "Sí" button.
 * @csspart no-button - The "No" button.
 * @csspart reasons - The fieldset with the reasons.
 * @csspart reason - One reason (label with its checkbox).
 * @csspart comment - The comment textarea.
 * @csspart warning - The warning not to write personal data.
 * @csspart counter - The visible character count.
 * @csspart scrub-notice - What the scrubber will remove and the text as it will be sent.
 * @csspart submit-button - The send button.
 * @csspart cancel-button - The button that goes back to the question.
 * @csspart privacy - The line with the link to the aviso de privacidad.
 * @csspart privacy-link - The link to the aviso de privacidad.
 * @csspart thanks - The thank-you message.
 * @csspart notice - "Already answered today" and configuration notices.
 *
 * @cssprop [--proactiva-accent=#611232] - Buttons, checkboxes and accents.
 * @cssprop [--proactiva-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--proactiva-text=#1b1b1b] - Text colour.
 * @cssprop [--proactiva-muted=#4a4a4a] - Secondary text.
 * @cssprop [--proactiva-surface=#ffffff] - Background of the box and fields.
 * @cssprop [--proactiva-subtle=#f3f4f6] - Background of hovered buttons and the scrub notice.
 * @cssprop [--proactiva-border=#6b6b6b] - Borders of the box and fields.
 * @cssprop [--proactiva-link=#1a4f8b] - Links.
 * @cssprop [--proactiva-focus=#1a4f8b] - Focus outline.
 * @cssprop [--proactiva-warning=#7a4a00] - Border of the personal-data warning.
 * @cssprop [--proactiva-warning-bg=#fff7e6] - Background of the personal-data warning.
 * @cssprop [--proactiva-error=#9b1c1c] - Errors.
 * @cssprop [--proactiva-radius=0.375rem] - Corner radius.
 * @cssprop [--proactiva-space=1rem] - Padding of the box.
 */
export class ProactivaFeedback extends LitElement {
  static override styles = [baseStyles, feedbackStyles];

  static override properties = {
    site: {},
    endpoint: {},
    siteKey: { attribute: 'site-key' },
    privacyUrl: { attribute: 'privacy-url' },
    page: {},
    locale: { attribute: 'lang' },
    detailOnYes: { attribute: 'detail-on-yes', type: Boolean },
    // Internal state (state: true implies no attribute).
    phase: { state: true },
    busy: { state: true },
    error: { state: true },
  };

  declare site: string | null;
  declare endpoint: string | null;
  declare siteKey: string | null;
  declare privacyUrl: string | null;
  declare page: string | null;
  /** The `lang` attribute, read as es-MX unless it says English. */
  declare locale: string | null;
  declare detailOnYes: boolean;
  declare private phase: Phase;
  /** The buttons wait: the form is loading, or an answer given with Sí is being queued. */
  declare private busy: boolean;
  /** The form could not load, or the answer given with Sí could not be queued. */
  declare private error: 'store' | null;

  /** Where answers go; the page's shared IndexedDB outbox unless a test or host sets another. */
  delivery: Delivery | Promise<Delivery> | null = null;
  /** Where "answered today" is remembered; localStorage unless set. */
  store: KeyValueStore | null = browserStore();

  #config: ConfigResult | null = null;
  #details: Details | null = null;
  #loading: Promise<Details> | null = null;
  #form: FeedbackForm | null = null;
  /** Every English string: undefined until an element with lang="en" loads them, null if that failed. */
  #english: FeedbackStrings | null | undefined = undefined;
  /** When the question was first shown (performance.now()): sent as elapsedMs with the answer. */
  #shownAt = 0;

  constructor() {
    super();
    this.site = null;
    this.endpoint = null;
    this.siteKey = null;
    this.privacyUrl = null;
    this.page = null;
    this.locale = null;
    this.detailOnYes = false;
    this.phase = 'ask';
    this.busy = false;
    this.error = null;
  }

  get #locale(): Locale {
    return resolveLocale(this.locale);
  }

  get #t(): AskStrings {
    return (this.#locale === 'en' && this.#english) || ASK_ES;
  }

  /**
   * With lang="en", an update first waits for the English strings (a small chunk) rather than
   * flash Spanish; updateComplete waits with it. If they cannot be loaded, the element speaks Spanish.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.#locale === 'en' && this.#english === undefined) {
      this.#english = await import('./strings-en.js').then(
        (m) => m.STRINGS_EN,
        (error: unknown) => {
          console.error('<proactiva-feedback> could not load its English strings; it speaks Spanish', error);
          return null;
        },
      );
    }
    super.scheduleUpdate();
  }

  /** Loads the details once and adopts their styles; a failed load may be tried again. */
  #loadDetails(): Promise<Details> {
    this.#loading ??= import('./details.js').then(
      (details) => {
        this.#details = details;
        if (this.renderRoot instanceof ShadowRoot) adoptStyles(this.renderRoot, [...ProactivaFeedback.elementStyles, details.detailStyles]);
        return details;
      },
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  #preload = (): void => {
    void this.#loadDetails().catch(() => undefined);
  };

  protected override willUpdate(changed: PropertyValues): void {
    const configChanged = ['site', 'endpoint', 'siteKey', 'privacyUrl', 'page'].some((k) => changed.has(k));
    if (this.#config === null || configChanged) {
      this.#config = readConfig(
        { site: this.site, endpoint: this.endpoint, siteKey: this.siteKey, privacyUrl: this.privacyUrl, page: this.page },
        globalThis.location?.href ?? 'about:blank',
      );
      if (!this.#config.ok) {
        // The privacy-url problem says that the aviso de privacidad is required (config.ts).
        console.error(`<proactiva-feedback> shows no form: ${this.#config.problems.map((p) => `${p.attribute}: ${p.message}`).join('; ')}.`);
      } else {
        // Earlier visits left answers waiting: a new page load is a new chance to send them.
        if (hasPendingAnswers(this.store)) void this.#loadDetails().then((details) => details.deliveryFor(this)).catch((error: unknown) => console.warn('<proactiva-feedback> could not start delivery', error));
        if (this.phase === 'ask' || this.phase === 'already') {
          this.phase = answeredToday(this.store, this.#answerKey(), new Date()) ? 'already' : 'ask';
        }
      }
    }
  }

  protected override firstUpdated(): void {
    this.#shownAt = performance.now();
  }

  #answerKey(): string {
    return this.#config?.ok ? `${this.#config.config.site} ${this.#config.config.page}` : '';
  }

  #choose(useful: boolean): void {
    if (this.busy || this.phase !== 'ask') return;
    this.dispatchEvent(new CustomEvent('proactiva-answer', { detail: { useful }, bubbles: true, composed: true }));
    this.error = null;
    if (this.#details) {
      this.#open(this.#details, useful);
      return;
    }
    // Not preloaded (no hover or focus first, e.g. a tap): the buttons wait for the form.
    this.busy = true;
    this.#loadDetails().then(
      (details) => {
        this.busy = false;
        this.#open(details, useful);
      },
      (error: unknown) => {
        console.error('<proactiva-feedback> could not load the form', error);
        this.busy = false;
        this.error = 'store';
      },
    );
  }

  /** Hands the answer to a new form (details.ts), which says what to show from then on. */
  #open(details: Details, useful: boolean): void {
    const config = this.#config;
    if (!config?.ok) return;
    this.#form = new details.FeedbackForm(this, {
      config: config.config,
      useful,
      detailOnYes: this.detailOnYes,
      locale: () => this.#locale,
      strings: () => (this.#locale === 'en' && this.#english) || details.STRINGS_ES,
      shownAt: this.#shownAt,
      answerKey: this.#answerKey(),
      privacyLine: () => this.#privacyLine(this.#t, config.config.privacyUrl),
      show: (view) => {
        this.phase = view === 'form' ? 'form' : 'ask';
        this.busy = view === 'question-busy';
        this.error = view === 'question-failed' ? 'store' : null;
      },
    });
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const config = this.#config;
    if (!config?.ok) {
      const detail = config?.missingPrivacy ? t.missingPrivacy : t.badConfig(config?.problems.map((p) => p.attribute).join(', ') ?? '');
      return html`<div class="box notice" part="container notice" lang=${this.#locale}>
        <p><strong>${t.unavailable}</strong> ${detail}</p>
      </div>`;
    }
    return html`<div class="box" part="container" lang=${this.#locale} @pointerenter=${this.#preload} @focusin=${this.#preload}>
      ${this.#phaseView(t, config.config.privacyUrl)}
    </div>`;
  }

  #phaseView(t: AskStrings, privacyUrl: string): TemplateResult {
    switch (this.phase) {
      case 'already':
        return html`<p class="notice" part="notice">${t.already}</p>`;
      case 'form':
        return this.#form!.render();
      default:
        return html`<div class="ask">
            <p class="heading" part="heading" role="heading" aria-level="2" id="question">${t.question}</p>
            <div class="choices" role="group" aria-labelledby="question">
              <button id="yes" part="button yes-button" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#choose(true)}>${t.yes}</button>
              <button id="no" part="button no-button" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#choose(false)}>${t.no}</button>
            </div>
          </div>
          ${this.error === 'store' ? html`<p class="error" role="alert">${t.storeFailed}</p>` : nothing} ${this.#privacyLine(t, privacyUrl)}`;
    }
  }

  #privacyLine(t: AskStrings, privacyUrl: string): TemplateResult {
    return html`<p class="privacy" part="privacy">
      ${t.anonymous}
      <a part="privacy-link" href=${privacyUrl} target="_blank" rel="noopener">${t.privacy}<span class="sr-only"> ${t.newTab}</span></a>
    </p>`;
  }
}
