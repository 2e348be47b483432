import { css } from 'lit';

/**
 * Design tokens and base rules every widget shares. Hosts theme the widgets with these custom
 * properties (and ::part). Colours meet WCAG AA contrast in light and dark schemes; the dark set
 * applies under prefers-color-scheme: dark unless the host sets the properties itself. Fields,
 * focusable headings and the tokens only the feedback form uses (text on the accent, the
 * personal-data warning) come with that form (feedback/detail-styles.ts).
 */
export const baseStyles = css`
  :host {
    --_text: var(--proactiva-text, #1b1b1b);
    --_muted: var(--proactiva-muted, #4a4a4a);
    --_surface: var(--proactiva-surface, #ffffff);
    --_subtle: var(--proactiva-subtle, #f3f4f6);
    --_border: var(--proactiva-border, #6b6b6b);
    --_accent: var(--proactiva-accent, #611232);
    --_link: var(--proactiva-link, #1a4f8b);
    --_focus: var(--proactiva-focus, #1a4f8b);
    --_error: var(--proactiva-error, #9b1c1c);
    --_radius: var(--proactiva-radius, 0.375rem);
    --_space: var(--proactiva-space, 1rem);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--proactiva-text, #f2f2f2);
      --_muted: var(--proactiva-muted, #c8c8c8);
      --_surface: var(--proactiva-surface, #1c1c1e);
      --_subtle: var(--proactiva-subtle, #2a2a2d);
      --_border: var(--proactiva-border, #9a9a9a);
      --_accent: var(--proactiva-accent, #f0a9c3);
      --_link: var(--proactiva-link, #9ec5ff);
      --_focus: var(--proactiva-focus, #9ec5ff);
      --_error: var(--proactiva-error, #ffb4b4);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    button,
    a {
      transition: background-color 120ms ease, color 120ms ease, box-shadow 120ms ease;
    }
  }
`;
