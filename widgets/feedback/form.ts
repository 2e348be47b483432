import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ScrubResult } from '../../core/privacy/scrub.js';
import type { Locale } from '../../core/schemas/common.js';
import { COMMENT_MAX } from '../../core/schemas/limits.js';
import { browserDelivery } from '../client/browser.js';
import type { Delivery, DeliveryEvent } from '../client/delivery.js';
import { trackPendingAnswers } from '../client/pending-tracker.js';
import type { KeyValueStore } from './answered.js';
import { rememberAnswer } from './remember-answer.js';
import type { FeedbackConfig } from './config.js';
import { detailsView, thanksView, type DetailsState } from './details-view.js';
import { buildRecord, prepareComment } from './record.js';
import { describeRemoved, type FeedbackStrings } from './strings.js';

/** Milliseconds of typing pause before the character count is announced to screen readers. */
const ANNOUNCE_DELAY = 1_000;

/** What the form needs of <proactiva-feedback>: its outbox, its once-a-day memory, its shadow root. */
export interface FormHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  delivery: Delivery | Promise<Delivery> | null;
  store: KeyValueStore | null;
}

/**
 * What the element shows while the form has the answer: the question (busy while an answer given
 * with Sí is queued, failed if it could not be) or the form itself.
 */
export type HostView = 'question' | 'question-busy' | 'question-failed' | 'form';

/** The answer being given, and what the element keeps for itself. */
export interface FormOptions {
  config: FeedbackConfig;
  useful: boolean;
  /** Offer reasons and a comment after Sí too. */
  detailOnYes: boolean;
  /** The element's locale and its strings, read at each render (the lang attribute may change). */
  locale: () => Locale;
  strings: () => FeedbackStrings;
  /** When the question was first shown (performance.now()): sent as elapsedMs. */
  shownAt: number;
  /** The once-a-day key of this site and page. */
  answerKey: string;
  /** The line linking the aviso de privacidad, as the element renders it. */
  privacyLine: () => TemplateResult;
  /** Tells the element what to show (the form moves focus itself). */
  show: (view: HostView) => void;
}

/** The host's outbox (the page's IndexedDB one unless set), with the pending-answers flag kept in step. */
export async function deliveryFor(host: FormHost): Promise<Delivery> {
  host.delivery ??= browserDelivery();
  const delivery = await host.delivery;
  trackPendingAnswers(delivery, host.store);
  return delivery;
}

/**
 * Everything after the visitor's choice: the reasons form, the comment scrubbed as it is typed,
 * the record queued in the outbox, the thank-you view and its delivery status. Loaded on first
 * interaction with the rest of details.ts; the element keeps only the question (issue 11).
 */
export class FeedbackForm implements ReactiveController {
  /** 'details' once the reasons form is shown, 'thanks' once the answer is queued. */
  view: 'details' | 'thanks' | null = null;
  readonly #host: FormHost;
  readonly #o: FormOptions;
  #reasons = new Set<string>();
  #comment = '';
  #announced = '';
  #busy = false;
  #error: 'too-long' | 'store' | null = null;
  #sent: ScrubResult | null = null;
  #status: DetailsState['status'] = null;
  #recordId: string | null = null;
  #unsubscribe: (() => void) | null = null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #focus: string | null = null;

  /** Takes the visitor's choice: the reasons form after No (or Sí with detail-on-yes), else straight to the outbox. */
  constructor(host: FormHost, options: FormOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
    if (!options.useful || options.detailOnYes) {
      this.view = 'details';
      this.#focus = '#details-heading';
      options.show('form');
      return;
    }
    options.show('question-busy');
    void this.send().then((queued) => (queued ? options.show('form') : this.#leave('question-failed')));
  }

  get #t(): FeedbackStrings {
    return this.#o.strings();
  }

  /**
   * Scrubs the comment, builds the record and queues it; true once queued (the view is then the
   * thank-you one). False when the comment is too long or the outbox failed (the form says so).
   */
  async send(): Promise<boolean> {
    if (this.#busy) return false;
    const details = this.view === 'details';
    const comment = details ? this.#comment : '';
    const locale = this.#o.locale();
    if (prepareComment(comment, locale).text.length > COMMENT_MAX) {
      this.#set({ error: 'too-long' }, '#comment');
      return false;
    }
    this.#set({ busy: true, error: null });
    const { config } = this.#o;
    const { record, scrub } = buildRecord({
      site: config.site,
      page: config.page,
      useful: this.#o.useful,
      reasons: details ? this.#reasons : [],
      comment,
      locale,
      elapsedMs: performance.now() - this.#o.shownAt,
      honeypot: this.#host.renderRoot.querySelector<HTMLInputElement>('#hp')?.value,
    });
    try {
      const delivery = await deliveryFor(this.#host);
      this.#recordId = record.id;
      this.#unsubscribe?.();
      this.#unsubscribe = delivery.subscribe((e) => this.#onDelivery(e, delivery.durable));
      await delivery.submit(record, { endpoint: config.endpoint, siteKey: config.siteKey });
    } catch (error) {
      console.error('<proactiva-feedback> could not queue the answer', error);
      this.#unsubscribe?.();
      this.#set({ busy: false, error: 'store' });
      return false;
    }
    rememberAnswer(this.#host.store, this.#o.answerKey, new Date());
    this.#sent = scrub;
    this.view = 'thanks';
    this.#set({ busy: false }, '#thanks-heading');
    this.#host.dispatchEvent(new CustomEvent('proactiva-submit', { detail: { record, removed: scrub.removed }, bubbles: true, composed: true }));
    return true;
  }

  render(): TemplateResult {
    const state: DetailsState = {
      locale: this.#o.locale(),
      useful: this.#o.useful,
      reasons: this.#reasons,
      comment: this.#comment,
      announced: this.#announced,
      busy: this.#busy,
      error: this.#error,
      sent: this.#sent,
      status: this.#status,
      privacyLine: this.#o.privacyLine(),
      onSubmit: (event) => {
        event.preventDefault();
        void this.send();
      },
      onToggle: (event) => this.#toggle(event),
      onInput: (event) => this.#input(event),
      onCancel: () => {
        if (!this.#busy) this.#leave('question', this.#o.useful ? '#yes' : '#no');
      },
    };
    return this.view === 'thanks' ? thanksView(this.#t, state) : detailsView(this.#t, state);
  }

  /** Back to the question, focus on the button chosen if given; this form is done (the next choice makes a new one). */
  #leave(view: 'question' | 'question-failed', focus?: string): void {
    this.hostDisconnected();
    this.#host.removeController(this);
    this.#o.show(view);
    if (focus) void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(focus)?.focus());
  }

  hostUpdated(): void {
    if (this.#focus === null) return;
    const target = this.#host.renderRoot.querySelector<HTMLElement>(this.#focus);
    this.#focus = null;
    target?.focus();
  }

  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  #set(change: { busy?: boolean; error?: 'too-long' | 'store' | null }, focus?: string): void {
    if (change.busy !== undefined) this.#busy = change.busy;
    if (change.error !== undefined) this.#error = change.error;
    if (focus) this.#focus = focus;
    this.#host.requestUpdate();
  }

  #toggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.#reasons);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.#reasons = next;
    this.#host.requestUpdate();
  }

  #input(event: Event): void {
    this.#comment = (event.target as HTMLTextAreaElement).value;
    if (this.#error === 'too-long' && prepareComment(this.#comment, this.#o.locale()).text.length <= COMMENT_MAX) this.#error = null;
    this.#host.requestUpdate();
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#announced = this.#liveMessage();
      this.#host.requestUpdate();
    }, ANNOUNCE_DELAY);
  }

  #liveMessage(): string {
    const t = this.#t;
    const scrub = prepareComment(this.#comment, this.#o.locale());
    const left = COMMENT_MAX - scrub.text.length;
    const count = left >= 0 ? t.remaining(left) : t.over(-left);
    return scrub.total > 0 ? `${count}. ${t.scrubbing(describeRemoved(t, scrub.removed))}` : count;
  }

  #onDelivery(event: DeliveryEvent, durable: boolean): void {
    if (event.id !== this.#recordId) return;
    if (event.type === 'delivered') this.#status = 'delivered';
    else if (event.type === 'retry') this.#status = durable ? 'queued' : 'queued-in-memory';
    else if (event.type === 'rejected') this.#status = 'refused';
    else return;
    this.#host.requestUpdate();
  }
}
