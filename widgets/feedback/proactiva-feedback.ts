import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '../../core/schemas/common.js';
import { COMMENT_MAX } from '../../core/schemas/limits.js';
import type { ScrubResult } from '../../core/privacy/scrub.js';
import type { Delivery, DeliveryEvent } from '../client/delivery.js';
import { hasPendingAnswers } from '../client/pending-marker.js';
import { pick, resolveLocale } from '../shared/locale.js';
import { baseStyles } from '../shared/styles.js';
import { answeredToday, browserStore, rememberAnswer, type KeyValueStore } from './answered.js';
import { ASK_STRINGS, type AskStrings } from './ask-strings.js';
import { readConfig, type ConfigResult } from './config.js';
import type { DetailsState } from './details-view.js';
import type { FeedbackStrings } from './strings.js';
import { feedbackStyles } from './styles.js';

/** The reasons form, scrubber and outbox: loaded on first interaction (details.ts). */
type Details = typeof import('./details.js');

type Phase = 'ask' | 'details' | 'thanks' | 'already';
type Status = 'queued' | 'queued-in-memory' | 'delivered' | 'refused' | null;

/** Milliseconds of typing pause before the character count is announced to screen readers. */
const ANNOUNCE_DELAY = 1_000;

/**
 * "¿Te fue útil esta información?" Sí / No, then (on No) the reasons, each a criterion of the
 * Decálogo, and an optional comment scrubbed of personal data in the browser, showing the
 * visitor what will be removed. Answers go to the collector through the IndexedDB outbox.
 * The first load is only the question and its buttons; the reasons form, the scrubber and the
 * outbox load on the first interaction (preloaded on hover or focus), or right away when an
 * earlier visit left answers waiting.
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
    phase: { state: true, attribute: false },
    useful: { state: true, attribute: false },
    reasons: { state: true, attribute: false },
    comment: { state: true, attribute: false },
    announced: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    error: { state: true, attribute: false },
    sent: { state: true, attribute: false },
    status: { state: true, attribute: false },
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
  declare private useful: boolean;
  declare private reasons: Set<string>;
  declare private comment: string;
  declare private announced: string;
  declare private busy: boolean;
  declare private error: 'too-long' | 'store' | null;
  declare private sent: ScrubResult | null;
  declare private status: Status;

  /** Where answers go; the page's shared IndexedDB outbox unless a test or host sets another. */
  delivery: Delivery | Promise<Delivery> | null = null;
  /** Where "answered today" is remembered; localStorage unless set. */
  store: KeyValueStore | null = browserStore();

  #config: ConfigResult | null = null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void) | null = null;
  #recordId: string | null = null;
  #focusAfterRender: string | null = null;
  #details: Details | null = null;
  #loading: Promise<Details> | null = null;
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
    this.useful = false;
    this.reasons = new Set();
    this.comment = '';
    this.announced = '';
    this.busy = false;
    this.error = null;
    this.sent = null;
    this.status = null;
  }

  get #locale(): Locale {
    return resolveLocale(this.locale);
  }

  get #t(): AskStrings {
    return pick(ASK_STRINGS, this.#locale);
  }

  /** Every string; only once the details are loaded (the reasons form and thanks need them). */
  get #all(): FeedbackStrings {
    return pick(this.#details!.STRINGS, this.#locale);
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

  async #delivery(): Promise<Delivery> {
    const details = await this.#loadDetails();
    this.delivery ??= details.browserDelivery();
    const delivery = await this.delivery;
    details.trackPendingAnswers(delivery, this.store);
    return delivery;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const configChanged = ['site', 'endpoint', 'siteKey', 'privacyUrl', 'page'].some((k) => changed.has(k));
    if (this.#config === null || configChanged) {
      this.#config = readConfig(
        { site: this.site, endpoint: this.endpoint, siteKey: this.siteKey, privacyUrl: this.privacyUrl, page: this.page },
        globalThis.location?.href ?? 'about:blank',
      );
      if (!this.#config.ok) {
        console.error(
          `<proactiva-feedback> shows no form: ${this.#config.problems.map((p) => `${p.attribute}: ${p.message}`).join('; ')}.` +
            (this.#config.missingPrivacy ? ' An aviso de privacidad is required before collecting opinions (privacy-url).' : ''),
        );
      } else {
        // Earlier visits left answers waiting: a new page load is a new chance to send them.
        if (hasPendingAnswers(this.store)) void this.#delivery().catch((error: unknown) => console.warn('<proactiva-feedback> could not start delivery', error));
        if (this.phase === 'ask' || this.phase === 'already') {
          this.phase = answeredToday(this.store, this.#answerKey(), new Date()) ? 'already' : 'ask';
        }
      }
    }
  }

  protected override firstUpdated(): void {
    this.#shownAt = performance.now();
  }

  protected override updated(): void {
    if (this.#focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      this.#focusAfterRender = null;
      target?.focus();
    }
  }

  #answerKey(): string {
    return this.#config?.ok ? `${this.#config.config.site} ${this.#config.config.page}` : '';
  }

  #choose(useful: boolean): void {
    if (this.busy || this.phase !== 'ask') return;
    this.useful = useful;
    this.dispatchEvent(new CustomEvent('proactiva-answer', { detail: { useful }, bubbles: true, composed: true }));
    if (this.#details) {
      this.#afterChoice(useful);
      return;
    }
    // Not preloaded (no hover or focus first, e.g. a tap): wait for the form, buttons disabled.
    this.busy = true;
    this.#loadDetails().then(
      () => {
        this.busy = false;
        this.#afterChoice(useful);
      },
      (error: unknown) => {
        console.error('<proactiva-feedback> could not load the form', error);
        this.busy = false;
        this.error = 'store';
      },
    );
  }

  #afterChoice(useful: boolean): void {
    if (useful && !this.detailOnYes) {
      void this.#submit();
      return;
    }
    this.phase = 'details';
    this.#focusAfterRender = '#details-heading';
  }

  #cancel(): void {
    if (this.busy) return;
    this.phase = 'ask';
    this.reasons = new Set();
    this.comment = '';
    this.error = null;
    this.#focusAfterRender = this.useful ? '#yes' : '#no';
  }

  #toggleReason(event: Event): void {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.reasons);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.reasons = next;
  }

  #input(event: Event): void {
    this.comment = (event.target as HTMLTextAreaElement).value;
    if (this.error === 'too-long' && this.#details!.prepareComment(this.comment, this.#locale).text.length <= COMMENT_MAX) this.error = null;
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announced = this.#liveMessage();
    }, ANNOUNCE_DELAY);
  }

  #liveMessage(): string {
    const t = this.#all;
    const { prepareComment, describeRemoved } = this.#details!;
    const scrub = prepareComment(this.comment, this.#locale);
    const left = COMMENT_MAX - scrub.text.length;
    const count = left >= 0 ? t.remaining(left) : t.over(-left);
    return scrub.total > 0 ? `${count}. ${t.scrubbing(describeRemoved(t, scrub.removed))}` : count;
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    void this.#submit();
  }

  async #submit(): Promise<void> {
    const config = this.#config;
    if (this.busy || !config?.ok || !this.#details) return;
    const { prepareComment, buildRecord } = this.#details;
    const comment = this.phase === 'details' ? this.comment : '';
    if (prepareComment(comment, this.#locale).text.length > COMMENT_MAX) {
      this.error = 'too-long';
      this.#focusAfterRender = '#comment';
      return;
    }
    this.busy = true;
    this.error = null;
    const { record, scrub } = buildRecord({
      site: config.config.site,
      page: config.config.page,
      useful: this.useful,
      reasons: this.phase === 'details' ? this.reasons : [],
      comment,
      locale: this.#locale,
      elapsedMs: performance.now() - this.#shownAt,
      honeypot: this.renderRoot.querySelector<HTMLInputElement>('#hp')?.value,
    });
    try {
      const delivery = await this.#delivery();
      this.#recordId = record.id;
      this.#unsubscribe?.();
      this.#unsubscribe = delivery.subscribe((e) => this.#onDelivery(e, delivery.durable));
      await delivery.submit(record, { endpoint: config.config.endpoint, siteKey: config.config.siteKey });
    } catch (error) {
      console.error('<proactiva-feedback> could not queue the answer', error);
      this.#unsubscribe?.();
      this.busy = false;
      this.error = 'store';
      return;
    }
    rememberAnswer(this.store, this.#answerKey(), new Date());
    this.sent = scrub;
    this.phase = 'thanks';
    this.busy = false;
    this.#focusAfterRender = '#thanks-heading';
    this.dispatchEvent(new CustomEvent('proactiva-submit', { detail: { record, removed: scrub.removed }, bubbles: true, composed: true }));
  }

  #onDelivery(event: DeliveryEvent, durable: boolean): void {
    if (event.id !== this.#recordId) return;
    if (event.type === 'delivered') this.status = 'delivered';
    else if (event.type === 'retry') this.status = durable ? 'queued' : 'queued-in-memory';
    else if (event.type === 'rejected') this.status = 'refused';
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
      case 'thanks':
        return this.#details!.thanksView(this.#all, this.#detailsState(t, privacyUrl));
      case 'details':
        return this.#details!.detailsView(this.#all, this.#detailsState(t, privacyUrl));
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

  #detailsState(t: AskStrings, privacyUrl: string): DetailsState {
    return {
      locale: this.#locale,
      useful: this.useful,
      reasons: this.reasons,
      comment: this.comment,
      announced: this.announced,
      busy: this.busy,
      error: this.error,
      sent: this.sent,
      status: this.status,
      privacyLine: this.#privacyLine(t, privacyUrl),
      onSubmit: (event) => this.#onSubmit(event),
      onToggle: (event) => this.#toggleReason(event),
      onInput: (event) => this.#input(event),
      onCancel: () => this.#cancel(),
    };
  }

  #privacyLine(t: AskStrings, privacyUrl: string): TemplateResult {
    return html`<p class="privacy" part="privacy">
      ${t.anonymous}
      <a part="privacy-link" href=${privacyUrl} target="_blank" rel="noopener">${t.privacy}<span class="sr-only"> ${t.newTab}</span></a>
    </p>`;
  }
}
