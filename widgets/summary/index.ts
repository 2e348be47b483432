import { ProactivaSummary } from './proactiva-summary.js';

export { ProactivaSummary };

if (!customElements.get('proactiva-summary')) customElements.define('proactiva-summary', ProactivaSummary);

declare global {
  interface HTMLElementTagNameMap {
    'proactiva-summary': ProactivaSummary;
  }
}
