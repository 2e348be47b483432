/**
 * The strings <proactiva-feedback> needs for its first view (the question, Sí/No, the privacy
 * line and notices), in es-MX, the default. Apart from the rest (strings.ts) so that the first
 * load carries only these: the rest comes with the reasons form (details.ts), and English, every
 * string at once, only when the element asks for it (strings-en.ts).
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

export const ASK_ES: AskStrings = {
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
};
