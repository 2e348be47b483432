import type { FeedbackReason } from '../../core/schemas/feedback.js';

/** Every user-facing string of <proactiva-summary> (es-MX default, en). */
export interface SummaryStrings {
  title: string;
  loading: string;
  empty: string;
  error: string;
  badConfig: string;
  /** "87 % la encontró útil" */
  usefulShare: (percent: string) => string;
  /** "87 %" (Spanish puts a non-breaking space before the sign; es-MX ICU data often does not). */
  percent: (formatted: string) => string;
  /** "214 respuestas" */
  answers: (count: number, formatted: string) => string;
  topReasons: string;
  reason: Record<FeedbackReason, string>;
  mentions: (count: number, formatted: string) => string;
  numberLocale: string;
}

export const STRINGS: { es: SummaryStrings; en: SummaryStrings } = {
  es: {
    title: 'Opinión de quienes consultaron esta página',
    loading: 'Cargando las opiniones…',
    empty: 'Aún no hay respuestas sobre esta página.',
    error: 'No pudimos cargar las opiniones en este momento.',
    badConfig: 'El resumen de opiniones no está disponible: falta la dirección del colector (endpoint).',
    usefulShare: (percent) => `${percent} la encontró útil`,
    percent: (n) => `${n}\u00a0%`,
    answers: (count, formatted) => (count === 1 ? '1 respuesta' : `${formatted} respuestas`),
    topReasons: 'Lo que más señalaron quienes no la encontraron útil:',
    reason: {
      localizable: 'No la encontraron fácilmente',
      comprensible: 'No la entendieron',
      actualizada: 'Está desactualizada',
      completa: 'Está incompleta',
      'formatos-abiertos': 'No se puede descargar en un formato útil',
      accesible: 'No les resulta accesible',
      confiable: 'No confían en los datos',
      pertinente: 'No era lo que buscaban',
    },
    mentions: (count, formatted) => (count === 1 ? '1 mención' : `${formatted} menciones`),
    numberLocale: 'es-MX',
  },
  en: {
    title: 'What visitors said about this page',
    loading: 'Loading feedback…',
    empty: 'No answers about this page yet.',
    error: 'We could not load the feedback right now.',
    badConfig: "The feedback summary is not available: the collector's address (endpoint) is missing.",
    usefulShare: (percent) => `${percent} found it useful`,
    percent: (n) => `${n}%`,
    answers: (count, formatted) => (count === 1 ? '1 answer' : `${formatted} answers`),
    topReasons: 'What those who did not find it useful pointed out most:',
    reason: {
      localizable: 'They could not find it easily',
      comprensible: 'They did not understand it',
      actualizada: 'It is out of date',
      completa: 'It is incomplete',
      'formatos-abiertos': 'It cannot be downloaded in a useful format',
      accesible: 'It is not accessible to them',
      confiable: 'They do not trust the data',
      pertinente: 'It was not what they were looking for',
    },
    mentions: (count, formatted) => (count === 1 ? '1 mention' : `${formatted} mentions`),
    numberLocale: 'en',
  },
};
