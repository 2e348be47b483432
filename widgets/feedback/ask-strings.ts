/**
 * The strings <proactiva-feedback> needs for its first view (the question, Sí/No, the privacy
 * line and notices), es-MX default and en. Apart from the rest (strings.ts) so that the first
 * load carries only these; the rest comes with the reasons form (details.ts).
 */
export interface AskStrings {
  question: string;
  yes: string;
  no: string;
  anonymous: string;
  privacy: string;
  newTab: string;
  already: string;
  storeFailed: string;
  unavailable: string;
  missingPrivacy: string;
  badConfig: (attrs: string) => string;
}

export const ASK_STRINGS: { es: AskStrings; en: AskStrings } = {
  es: {
    question: '¿Te fue útil esta información?',
    yes: 'Sí',
    no: 'No',
    anonymous: 'Tu respuesta es anónima.',
    privacy: 'Aviso de privacidad',
    newTab: '(se abre en otra pestaña)',
    already: 'Ya respondiste hoy sobre esta página. ¡Gracias!',
    storeFailed: 'No pudimos guardar tu respuesta. Inténtalo de nuevo.',
    unavailable: 'El formulario de opinión no está disponible en esta página.',
    missingPrivacy: 'Falta el enlace al aviso de privacidad, que es obligatorio para recibir opiniones.',
    badConfig: (attrs) => `Su configuración está incompleta o no es válida (${attrs}).`,
  },
  en: {
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
  },
};
