import type { Band } from '../../core/schemas/report.js';

/** Every user-facing string of <proactiva-score> (es-MX default, en). Band names come from core. */
export interface ScoreStrings {
  label: string;
  outOf: (score: string) => string;
  noScore: string;
  assessed: (date: string) => string;
  report: string;
  loading: string;
  error: string;
  invalid: string;
  badConfig: string;
  bandPrefix: string;
  dateLocale: string;
  bandKey: 'es' | 'en';
  bandHelp: Record<Band, string>;
}

export const STRINGS: { es: ScoreStrings; en: ScoreStrings } = {
  es: {
    label: 'Transparencia proactiva',
    outOf: (score) => `${score} de 100`,
    noScore: 'Sin calificación',
    assessed: (date) => `Evaluada el ${date}`,
    report: 'Ver el reporte de evaluación',
    loading: 'Cargando la evaluación…',
    error: 'No pudimos cargar la evaluación de esta página.',
    invalid: 'La evaluación de esta página no tiene un formato válido.',
    badConfig: 'La calificación no está disponible: falta la dirección del reporte (src).',
    bandPrefix: 'Nivel:',
    dateLocale: 'es-MX',
    bandKey: 'es',
    bandHelp: {
      insuficiente: 'de 0 a 49 puntos',
      'en-desarrollo': 'de 50 a 89 puntos',
      proactiva: 'de 90 a 100 puntos',
    },
  },
  en: {
    label: 'Proactive transparency',
    outOf: (score) => `${score} out of 100`,
    noScore: 'No score',
    assessed: (date) => `Assessed on ${date}`,
    report: 'See the assessment report',
    loading: 'Loading the assessment…',
    error: 'We could not load the assessment of this page.',
    invalid: 'The assessment of this page is not in a valid format.',
    badConfig: "The score is not available: the report's address (src) is missing.",
    bandPrefix: 'Band:',
    dateLocale: 'en',
    bandKey: 'en',
    bandHelp: {
      insuficiente: '0 to 49 points',
      'en-desarrollo': '50 to 89 points',
      proactiva: '90 to 100 points',
    },
  },
};
