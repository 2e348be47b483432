import type { FeedbackReason } from '../../core/schemas/feedback.js';
import type { PiiKind } from '../../core/privacy/kinds.js';
import { ASK_ES, type AskStrings } from './ask-strings.js';

/** The strings of the reasons form and the thank-you view (loaded on first interaction). */
export interface DetailStrings {
  whyNot: string;
  whatToImprove: string;
  reasonsHint: string;
  reasons: Record<FeedbackReason, string>;
  comment: string;
  commentOptional: string;
  warning: string;
  limit: (max: number) => string;
  remaining: (n: number) => string;
  over: (n: number) => string;
  tooLong: (max: number) => string;
  scrubbing: (list: string) => string;
  asSent: string;
  submit: string;
  sending: string;
  cancel: string;
  thanks: string;
  thanksBody: string;
  scrubbed: (list: string) => string;
  sentAs: string;
  queued: string;
  queuedInMemory: string;
  delivered: string;
  refused: string;
  kinds: Record<PiiKind, [one: string, many: string]>;
  listLocale: string;
  /** Label of the honeypot field, which people never see (off screen, aria-hidden). */
  honeypot: string;
}

/** Every user-facing string of <proactiva-feedback> in one locale. */
export type FeedbackStrings = AskStrings & DetailStrings;

/** Every string in es-MX, the default (English is strings-en.ts, loaded only when asked for). */
export const STRINGS_ES: FeedbackStrings = {
  ...ASK_ES,
  whyNot: '¿Por qué no te fue útil?',
  whatToImprove: '¿Qué podríamos mejorar?',
  reasonsHint: 'Marca las que apliquen (opcional).',
  reasons: {
    localizable: 'No la encontré fácilmente',
    comprensible: 'No la entendí',
    actualizada: 'Está desactualizada',
    completa: 'Está incompleta',
    'formatos-abiertos': 'No puedo descargarla en un formato útil',
    accesible: 'No es accesible para mí',
    confiable: 'No confío en los datos',
    pertinente: 'No era lo que buscaba',
  },
  comment: 'Comentario',
  commentOptional: '(opcional)',
  warning:
    'No escribas datos personales: ni tu nombre, CURP, RFC, correo o teléfono. Si los escribes, los quitaremos antes de enviar tu comentario.',
  limit: (max) => `Puedes escribir hasta ${max} caracteres.`,
  remaining: (n) => (n === 1 ? 'Te queda 1 carácter' : `Te quedan ${n} caracteres`),
  over: (n) => (n === 1 ? 'Tienes 1 carácter de más' : `Tienes ${n} caracteres de más`),
  tooLong: (max) => `Tu comentario debe tener como máximo ${max} caracteres.`,
  scrubbing: (list) => `Por tu privacidad, quitaremos ${list} de tu comentario.`,
  asSent: 'Así se enviará:',
  submit: 'Enviar',
  sending: 'Enviando…',
  cancel: 'Cancelar',
  thanks: 'Gracias por tu respuesta',
  thanksBody: 'Nos ayuda a mejorar esta información.',
  honeypot: 'Deja este campo vacío',
  scrubbed: (list) => `Quitamos ${list} de tu comentario.`,
  sentAs: 'Se envió así:',
  queued: 'Tu respuesta quedó guardada en este navegador y se enviará en cuanto sea posible, aunque cierres la página.',
  queuedInMemory: 'Aún no pudimos enviar tu respuesta; lo seguiremos intentando mientras esta página esté abierta.',
  delivered: 'Tu respuesta se registró.',
  refused: 'No pudimos registrar tu respuesta.',
  kinds: {
    curp: ['1 CURP', 'CURP'],
    rfc: ['1 RFC', 'RFC'],
    'voter-id': ['1 clave de elector', 'claves de elector'],
    email: ['1 correo electrónico', 'correos electrónicos'],
    phone: ['1 número de teléfono', 'números de teléfono'],
    card: ['1 número de tarjeta', 'números de tarjeta'],
  },
  listLocale: 'es-MX',
};

/** "1 CURP y 2 correos electrónicos" / "1 CURP and 2 e-mail addresses". */
export function describeRemoved(strings: FeedbackStrings, removed: Partial<Record<PiiKind, number>>): string {
  const parts = (Object.entries(removed) as [PiiKind, number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => (n === 1 ? strings.kinds[kind][0] : `${n} ${strings.kinds[kind][1]}`));
  return new Intl.ListFormat(strings.listLocale, { type: 'conjunction' }).format(parts);
}
