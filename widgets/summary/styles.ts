import { css } from 'lit';

export const summaryStyles = css`
  .box {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .heading {
    font-weight: 700;
    margin: 0 0 0.35rem;
  }
  p {
    margin: 0;
  }
  .result {
    font-size: 1.125em;
  }
  .share {
    font-weight: 700;
  }
  .sep {
    white-space: pre;
    color: var(--_muted);
  }
  .bar {
    height: 0.5rem;
    margin: 0.5rem 0;
    border-radius: 0.25rem;
    background: var(--_subtle);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    width: var(--_percent, 0%);
    background: var(--_accent);
  }
  .reasons-title {
    margin-top: 0.5rem;
  }
  ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .muted {
    color: var(--_muted);
  }
  .error {
    color: var(--_error);
  }
`;
