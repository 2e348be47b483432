import type { FeedbackReason } from '../../core/schemas/feedback.js';
import type { PiiKind } from '../../core/privacy/kinds.js';
import { ASK_STRINGS, type AskStrings } from './ask-strings.js';

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

/** Every user-facing string of <proactiva-feedback> (es-MX default, en). */
export type FeedbackStrings = AskStrings & DetailStrings;

const DETAIL_STRINGS: { es: DetailStrings; en: DetailStrings } = {
  es: {
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
  },
  en: {
    whyNot: 'Why was it not useful?',
    whatToImprove: 'What could we improve?',
    reasonsHint: 'Tick all that apply (optional).',
    reasons: {
      localizable: 'I could not find it easily',
      comprensible: 'I did not understand it',
      actualizada: 'It is out of date',
      completa: 'It is incomplete',
      'formatos-abiertos': 'I cannot download it in a useful format',
      accesible: 'It is not accessible to me',
      confiable: 'I do not trust the data',
      pertinente: 'It was not what I was looking for',
    },
    comment: 'Comment',
    commentOptional: '(optional)',
    warning:
      'Do not write personal data: not your name, CURP, RFC, e-mail or phone number. If you do, we remove it before your comment is sent.',
    limit: (max) => `You can enter up to ${max} characters.`,
    remaining: (n) => (n === 1 ? 'You have 1 character remaining' : `You have ${n} characters remaining`),
    over: (n) => (n === 1 ? 'You have 1 character too many' : `You have ${n} characters too many`),
    tooLong: (max) => `Your comment must be ${max} characters or fewer.`,
    scrubbing: (list) => `To protect your privacy, we will remove ${list} from your comment.`,
    asSent: 'It will be sent as:',
    submit: 'Send',
    sending: 'Sending…',
    cancel: 'Cancel',
    thanks: 'Thank you for your answer',
    thanksBody: 'It helps us improve this information.',
    honeypot: 'Leave this field empty',
    scrubbed: (list) => `We removed ${list} from your comment.`,
    sentAs: 'It was sent as:',
    queued: 'Your answer is saved in this browser and will be sent as soon as possible, even if you close the page.',
    queuedInMemory: 'We could not send your answer yet; we will keep trying while this page stays open.',
    delivered: 'Your answer was recorded.',
    refused: 'We could not record your answer.',
    kinds: {
      curp: ['1 CURP', 'CURPs'],
      rfc: ['1 RFC', 'RFCs'],
      'voter-id': ['1 voter ID', 'voter IDs'],
      email: ['1 e-mail address', 'e-mail addresses'],
      phone: ['1 phone number', 'phone numbers'],
      card: ['1 card number', 'card numbers'],
    },
    listLocale: 'en',
  },
};

export const STRINGS: { es: FeedbackStrings; en: FeedbackStrings } = {
  es: { ...ASK_STRINGS.es, ...DETAIL_STRINGS.es },
  en: { ...ASK_STRINGS.en, ...DETAIL_STRINGS.en },
};

/** "1 CURP y 2 correos electrónicos" / "1 CURP and 2 e-mail addresses". */
export function describeRemoved(strings: FeedbackStrings, removed: Partial<Record<PiiKind, number>>): string {
  const parts = (Object.entries(removed) as [PiiKind, number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => (n === 1 ? strings.kinds[kind][0] : `${n} ${strings.kinds[kind][1]}`));
  return new Intl.ListFormat(strings.listLocale, { type: 'conjunction' }).format(parts);
}
