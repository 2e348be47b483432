import type { LocalizedText } from '../schemas/common.js';

/** Kinds of personal data the scrubber removes from free text, in the order it looks for them. */
export const PII_KINDS = ['email', 'curp', 'voter-id', 'rfc', 'card', 'phone'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** What replaces each finding in the text that leaves the browser. No digits, no "@", so a later
 *  detector never matches a token left by an earlier one. */
export const PII_TOKENS: Record<PiiKind, LocalizedText> = {
  email: { es: '[correo]', en: '[email]' },
  curp: { es: '[CURP]', en: '[CURP]' },
  'voter-id': { es: '[clave de elector]', en: '[voter ID]' },
  rfc: { es: '[RFC]', en: '[RFC]' },
  card: { es: '[tarjeta]', en: '[card]' },
  phone: { es: '[teléfono]', en: '[phone]' },
};
