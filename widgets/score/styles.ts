import { css } from 'lit';

/** Band colours: text on the surface passes 4.5:1 in light and dark schemes. */
export const scoreStyles = css`
  :host {
    --_insuficiente: var(--proactiva-band-insuficiente, #9b1c1c);
    --_en-desarrollo: var(--proactiva-band-en-desarrollo, #7a4a00);
    --_proactiva: var(--proactiva-band-proactiva, #1e5b2e);
    --_none: var(--_muted);
    display: inline-block;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_insuficiente: var(--proactiva-band-insuficiente, #ffb4b4);
      --_en-desarrollo: var(--proactiva-band-en-desarrollo, #ffd08a);
      --_proactiva: var(--proactiva-band-proactiva, #9be3ac);
    }
  }
  .badge {
    display: grid;
    gap: 0.15rem;
    min-width: 12rem;
    padding: 0.6rem 0.9rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-left: 0.5rem solid var(--_band);
    border-radius: var(--_radius);
  }
  .badge[data-band='insuficiente'] {
    --_band: var(--_insuficiente);
  }
  .badge[data-band='en-desarrollo'] {
    --_band: var(--_en-desarrollo);
  }
  .badge[data-band='proactiva'] {
    --_band: var(--_proactiva);
  }
  .badge[data-band='none'] {
    --_band: var(--_none);
  }
  p {
    margin: 0;
  }
  .label {
    font-size: 0.875em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_muted);
  }
  .score {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
  }
  .band {
    font-weight: 700;
    color: var(--_band);
  }
  .date {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .muted {
    color: var(--_muted);
  }
`;
