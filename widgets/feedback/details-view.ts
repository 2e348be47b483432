import { html, nothing, type TemplateResult } from 'lit';
import type { ScrubResult } from '../../core/privacy/scrub.js';
import type { Locale } from '../../core/schemas/common.js';
import { COMMENT_MAX } from '../../core/schemas/limits.js';
import { REASON_ORDER } from './reasons.js';
import { prepareComment } from './record.js';
import { describeRemoved, type FeedbackStrings } from './strings.js';

/** What the reasons form and the thank-you view show, and the element's handlers they call. */
export interface DetailsState {
  locale: Locale;
  useful: boolean;
  reasons: ReadonlySet<string>;
  comment: string;
  announced: string;
  busy: boolean;
  error: 'too-long' | 'store' | null;
  sent: ScrubResult | null;
  status: 'queued' | 'queued-in-memory' | 'delivered' | 'refused' | null;
  privacyLine: TemplateResult;
  onSubmit: (event: Event) => void;
  onToggle: (event: Event) => void;
  onInput: (event: Event) => void;
  onCancel: () => void;
}

/** The reasons form of <proactiva-feedback> (after No, or after Sí with detail-on-yes). */
export function detailsView(t: FeedbackStrings, v: DetailsState): TemplateResult {
  const scrub = prepareComment(v.comment, v.locale);
  const left = COMMENT_MAX - scrub.text.length;
  const tooLong = v.error === 'too-long';
  return html`<form novalidate @submit=${v.onSubmit}>
    <p class="heading" part="heading" role="heading" aria-level="2" id="details-heading" tabindex="-1">
      ${v.useful ? t.whatToImprove : t.whyNot}
    </p>
    <fieldset part="reasons" aria-describedby="reasons-hint">
      <legend class="sr-only">${v.useful ? t.whatToImprove : t.whyNot}</legend>
      <p class="hint" id="reasons-hint">${t.reasonsHint}</p>
      <ul class="reasons">
        ${REASON_ORDER.map(
          (id) => html`<li>
            <label class="reason" part="reason">
              <input type="checkbox" name="reason" .value=${id} .checked=${v.reasons.has(id)} @change=${v.onToggle} />
              <span>${t.reasons[id]}</span>
            </label>
          </li>`,
        )}
      </ul>
    </fieldset>
    <div>
      <label class="comment" for="comment">${t.comment} <span class="optional">${t.commentOptional}</span></label>
      <p class="warning" part="warning" id="warning">${t.warning}</p>
      ${tooLong ? html`<p class="error" id="comment-error">${t.tooLong(COMMENT_MAX)}</p>` : nothing}
      <textarea
        id="comment"
        part="comment"
        name="comment"
        rows="4"
        spellcheck="true"
        aria-describedby="warning limit${tooLong ? ' comment-error' : ''}"
        aria-invalid=${tooLong ? 'true' : 'false'}
        .value=${v.comment}
        @input=${v.onInput}
      ></textarea>
      <p class="sr-only" id="limit">${t.limit(COMMENT_MAX)}</p>
      <p class="counter ${left < 0 ? 'over' : ''}" part="counter" aria-hidden="true">${left >= 0 ? t.remaining(left) : t.over(-left)}</p>
      <p class="sr-only" aria-live="polite">${v.announced}</p>
    </div>
    ${scrub.total > 0
      ? html`<div class="scrub" part="scrub-notice" id="scrub-notice">
          <p>${t.scrubbing(describeRemoved(t, scrub.removed))} ${t.asSent}</p>
          <blockquote>${scrub.text}</blockquote>
        </div>`
      : nothing}
    <div class="hp" aria-hidden="true">
      <label for="hp">${t.honeypot}</label>
      <input id="hp" name="sitio_web" type="text" tabindex="-1" autocomplete="off" />
    </div>
    <div class="actions">
      <button class="primary" part="button submit-button" type="submit" aria-disabled=${v.busy ? 'true' : 'false'}>
        ${v.busy ? t.sending : t.submit}
      </button>
      <button part="button cancel-button" type="button" @click=${v.onCancel}>${t.cancel}</button>
    </div>
    ${v.error === 'store' ? html`<p class="error" role="alert">${t.storeFailed}</p>` : nothing} ${v.privacyLine}
  </form>`;
}

/** The thank-you view: what was sent (as scrubbed) and the delivery status. */
export function thanksView(t: FeedbackStrings, v: DetailsState): TemplateResult {
  const sent = v.sent;
  const status = v.status ? { queued: t.queued, 'queued-in-memory': t.queuedInMemory, delivered: t.delivered, refused: t.refused }[v.status] : '';
  return html`<div class="thanks" part="thanks">
    <p class="heading" part="heading" role="heading" aria-level="2" id="thanks-heading" tabindex="-1">${t.thanks}</p>
    <p>${t.thanksBody}</p>
    ${sent && sent.total > 0
      ? html`<div class="scrub" part="scrub-notice">
          <p>${t.scrubbed(describeRemoved(t, sent.removed))} ${t.sentAs}</p>
          <blockquote>${sent.text}</blockquote>
        </div>`
      : nothing}
    <p class="status" role="status">${status}</p>
  </div>`;
}
