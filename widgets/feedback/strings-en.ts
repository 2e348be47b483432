import type { FeedbackStrings } from './strings.js';

/**
 * Every string of <proactiva-feedback> in English, the second locale: a chunk the element loads
 * only when its lang attribute asks for English, so that the es-MX first load does not carry it.
 */
export const STRINGS_EN: FeedbackStrings = {
  question: 'Was this information useful?',
  yes: 'Yes',
  no: 'No',
  anonymous: 'Your answer is anonymous.',
  privacy: 'Privacy notice',
  newTab: '(opens in a new tab)',
  already: 'You already answered about this page today. Thank you!',
  storeFailed: 'We could not save your answer. Please try again.',
  unavailable: 'The feedback form is not available on this page.',
  missingPrivacy: 'The link to the privacy notice is missing, and it is required to collect feedback.',
  badConfig: (attrs) => `Its configuration is incomplete or invalid (${attrs}).`,

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
};
