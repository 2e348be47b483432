import { spansOf, type Span } from './span.js';

const LOCAL = '[\\p{L}\\p{N}._%+\\-]{1,64}';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,62}[\\p{L}\\p{N}])?';
/** user@example.com, also with a space around "@" ("user @ example.com"). */
const PLAIN = new RegExp(`${LOCAL} ?@ ?${LABEL}(?:\\.${LABEL})*\\.\\p{L}{2,24}(?![\\p{L}\\p{N}])`, 'giu');
/** Spelled out to dodge filters: "user arroba example punto com", "user (at) example (dot) com". */
const SPELLED = new RegExp(
  `${LOCAL}\\s*(?:\\s(?:arroba|at)\\s|\\((?:arroba|at)\\)|\\[(?:arroba|at)\\])\\s*${LABEL}(?:\\s*(?:\\.|\\s(?:punto|dot)\\s|\\((?:punto|dot)\\)|\\[(?:punto|dot)\\])\\s*${LABEL})+`,
  'giu',
);

export function detectEmails(text: string): Span[] {
  return [...spansOf(PLAIN, text), ...spansOf(SPELLED, text)];
}
