import { findElement } from './find-element.js';

/** Tag of the overlay host: the page never has one, and the audit excludes it. */
export const HIGHLIGHT_HOST = 'proactiva-highlights';

const STYLES = `
:host { all: initial; }
.box {
  position: absolute;
  box-sizing: border-box;
  border: 3px solid #b3005e;
  background: rgba(179, 0, 94, 0.12);
  border-radius: 2px;
  pointer-events: none;
}
.box.current {
  border-color: #1b3a8c;
  background: rgba(27, 58, 140, 0.14);
  outline: 3px solid #ffffff;
  outline-offset: 0;
}
.label {
  position: absolute;
  left: -3px;
  top: -1.6em;
  max-width: 40ch;
  overflow: hidden;
  white-space: nowrap;
  text-overflow: ellipsis;
  font: 600 12px/1.4 system-ui, sans-serif;
  color: #ffffff;
  background: #b3005e;
  padding: 0 4px;
}
.box.current .label { background: #1b3a8c; }
`;

interface Target {
  element: Element;
  selector: string;
  label: string;
}

/**
 * Highlight boxes over evidence elements, drawn in the extension's own shadow root so neither the
 * page's CSS nor ours leaks across. Boxes sit in document coordinates and follow layout changes;
 * `clear()` removes every node and listener it added.
 */
export class Highlighter {
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  private targets: Target[] = [];
  private observer: ResizeObserver | null = null;
  private readonly onResize = () => this.layout();

  constructor(private readonly doc: Document) {}

  /** Draws boxes for the selectors that resolve; returns how many did and did not. */
  show(selectors: readonly string[], labels: readonly string[], scroll: boolean): { found: number; missing: number } {
    this.clear();
    const targets: Target[] = [];
    selectors.forEach((selector, i) => {
      const element = findElement(this.doc, selector);
      if (element && !targets.some((t) => t.element === element)) targets.push({ element, selector, label: labels[i] ?? '' });
    });
    const missing = selectors.length - targets.length;
    if (targets.length === 0) return { found: 0, missing };
    this.targets = targets;
    this.mount();
    if (scroll) targets[0]!.element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    this.layout();
    return { found: targets.length, missing };
  }

  clear(): boolean {
    const had = this.host !== null;
    this.observer?.disconnect();
    this.observer = null;
    this.doc.defaultView?.removeEventListener('resize', this.onResize);
    this.host?.remove();
    this.host = null;
    this.layer = null;
    this.targets = [];
    return had;
  }

  private mount(): void {
    const host = this.doc.createElement(HIGHLIGHT_HOST);
    host.setAttribute('aria-hidden', 'true');
    host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647; pointer-events: none;';
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = STYLES;
    const layer = this.doc.createElement('div');
    root.append(style, layer);
    this.doc.documentElement.append(host);
    this.host = host;
    this.layer = layer;
    this.doc.defaultView?.addEventListener('resize', this.onResize);
    if (typeof ResizeObserver !== 'undefined') {
      this.observer = new ResizeObserver(this.onResize);
      this.observer.observe(this.doc.documentElement);
    }
  }

  private layout(): void {
    const layer = this.layer;
    const view = this.doc.defaultView;
    if (!layer || !view) return;
    const boxes = this.targets.map((target, index) => {
      const rect = target.element.getBoundingClientRect();
      const box = this.doc.createElement('div');
      box.className = index === 0 ? 'box current' : 'box';
      box.dataset.index = String(index);
      box.dataset.selector = target.selector;
      box.style.left = `${rect.left + view.scrollX}px`;
      box.style.top = `${rect.top + view.scrollY}px`;
      box.style.width = `${Math.max(rect.width, 4)}px`;
      box.style.height = `${Math.max(rect.height, 4)}px`;
      if (target.label) {
        const label = this.doc.createElement('span');
        label.className = 'label';
        label.textContent = target.label;
        box.append(label);
      }
      return box;
    });
    layer.replaceChildren(...boxes);
  }
}
