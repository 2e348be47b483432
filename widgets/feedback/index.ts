import { ProactivaFeedback } from './proactiva-feedback.js';

export { ProactivaFeedback };

if (!customElements.get('proactiva-feedback')) customElements.define('proactiva-feedback', ProactivaFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'proactiva-feedback': ProactivaFeedback;
  }
}
