import { css } from 'lit';

/** Styles of the first view (question, Sí/No, notices); the rest comes with the reasons form. */
export const feedbackStyles = css`
  .box {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .heading {
    font-size: 1.125em;
    font-weight: 700;
    margin: 0;
  }
  .ask {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1.25rem;
  }
  .choices {
    display: flex;
    gap: 0.75rem;
  }
  button {
    min-height: 2.75rem;
    min-width: 4.5rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
  }
  button:hover {
    background: var(--_subtle);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .error {
    color: var(--_error);
    font-weight: 700;
  }
  .privacy {
    margin: 0.75rem 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .notice p {
    margin: 0.5rem 0 0;
  }
`;
