import type { Evidence, LocalizedText } from '../schemas/index.js';
import { elementEvidence, textEvidence } from './dom.js';

/** Evidence for something found by a signal: the element when there is one, else the text read. */
export function hitEvidence(snippet: string, element?: Element | null, label?: LocalizedText): Evidence {
  return element ? elementEvidence(element, label, snippet) : textEvidence(snippet, label);
}

/** ISO calendar date (YYYY-MM-DD) of a Date, for evidence values. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
