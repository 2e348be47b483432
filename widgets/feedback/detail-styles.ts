import { css } from 'lit';

/** Styles of the reasons form and the thank-you view, adopted when they are loaded (details.ts). */
export const detailStyles = css`
  :host {
    --_accent-text: var(--proactiva-accent-text, #ffffff);
    --_warning: var(--proactiva-warning, #7a4a00);
    --_warning-bg: var(--proactiva-warning-bg, #fff7e6);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent-text: var(--proactiva-accent-text, #1b1b1b);
      --_warning: var(--proactiva-warning, #ffd08a);
      --_warning-bg: var(--proactiva-warning-bg, #3a2c12);
    }
  }
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  input:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  /* The honeypot: off screen, yet filled by bots that fill every field. */
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button.primary:hover {
    box-shadow: inset 0 0 0 2px var(--_accent-text);
  }
  form > * + * {
    margin-top: 1rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
  }
  .hint {
    color: var(--_muted);
    margin: 0.25rem 0 0.5rem;
  }
  ul.reasons {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .reason {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.35rem 0;
    cursor: pointer;
  }
  .reason input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }
  label.comment {
    display: block;
    font-weight: 700;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .warning {
    margin: 0.25rem 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_warning);
    background: var(--_warning-bg);
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 6rem;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .counter {
    margin: 0.25rem 0 0;
    color: var(--_muted);
  }
  .counter.over {
    color: var(--_error);
    font-weight: 700;
  }
  .scrub {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .scrub p {
    margin: 0;
  }
  blockquote {
    margin: 0.35rem 0 0;
    padding: 0.35rem 0.5rem;
    background: var(--_surface);
    border-radius: var(--_radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .thanks > :not(.heading) {
    margin: 0.5rem 0 0;
  }
  .status {
    color: var(--_muted);
  }
`;
