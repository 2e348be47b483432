import { ProactivaScore } from './proactiva-score.js';

export { ProactivaScore };

if (!customElements.get('proactiva-score')) customElements.define('proactiva-score', ProactivaScore);

declare global {
  interface HTMLElementTagNameMap {
    'proactiva-score': ProactivaScore;
  }
}
