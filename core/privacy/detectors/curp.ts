import { AFTER, BEFORE, spansOf, type Span } from './span.js';

/**
 * CURP (Clave Única de Registro de Población), 18 characters: four letters from the names, the
 * birth date YYMMDD, sex (H, M, or X since 2023), two letters of the state, three consonants, a
 * character that tells the century apart and a check digit. People also write it lower-case or
 * in groups ("GODE 561231 HDFRRN 09"), so both are accepted. The state and consonants are not
 * checked: a mistyped CURP still identifies its holder.
 */
const CURP = new RegExp(
  `${BEFORE}[A-ZÑ]{4}[ .\\-]?\\d{6}[ .\\-]?[HMX][A-ZÑ]{5}[ .\\-]?[A-Z\\d]\\d${AFTER}`,
  'giu',
);

export function detectCurps(text: string): Span[] {
  return spansOf(CURP, text);
}
