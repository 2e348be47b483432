/**
 * How citizens see each page, beyond what an audit can: a shift in how often they find it useful
 * and extra weight on the reasons they give. These are the demo's assumptions about its
 * fictional public; they make the diagnóstico de utilidad show agreement and disagreement.
 */
import type { FeedbackReason } from '../../core/schemas/index.js';

export interface Perception {
  /** Relative number of answers the page gets (visits × willingness to answer). */
  traffic: number;
  /** Added to the usefulness probability the audit score suggests. */
  bias: number;
  /** Extra weight (points) on reasons citizens give that the audit does not anticipate. */
  complaints?: Partial<Record<FeedbackReason, number>>;
}

export const PERCEPTIONS: Record<string, Perception> = {
  tarifas: { traffic: 1.3, bias: 0.05 },
  // Chlorine in mg/l and turbidity in NTU: audited as plain language, read as jargon.
  'calidad-agua': { traffic: 1.0, bias: -0.12, complaints: { comprensible: 140 } },
  // Published on Mondays; cuts added midweek make people call it out of date.
  'cortes-programados': { traffic: 1.4, bias: -0.05, complaints: { actualizada: 110 } },
  pipas: { traffic: 1.1, bias: 0.05 },
  licitaciones: { traffic: 0.5, bias: 0 },
  'ley-de-aguas': { traffic: 0.4, bias: -0.05 },
  indicadores: { traffic: 0.4, bias: 0 },
  // Found through search, hard to reach from the home page.
  vacunacion: { traffic: 1.3, bias: 0, complaints: { localizable: 90 } },
  // Patients who went without medicines do not believe 86 of 100 prescriptions were filled.
  'abasto-medicamentos': { traffic: 1.2, bias: -0.2, complaints: { confiable: 170 } },
  dengue: { traffic: 0.9, bias: 0.03 },
  // People arrive wanting to book an appointment, not to read waiting times.
  'espera-consulta': { traffic: 0.9, bias: -0.08, complaints: { pertinente: 120 } },
  adquisiciones: { traffic: 0.4, bias: 0 },
  'reglamento-interior': { traffic: 0.35, bias: 0, complaints: { pertinente: 40 } },
  'indicadores-mir': { traffic: 0.35, bias: 0 },
};

/** Short comments people leave, per reason (no personal data: the widget would scrub it anyway). */
export const COMMENTS: Record<FeedbackReason | 'useful', readonly string[]> = {
  useful: [
    'Muy clara, gracias.',
    'Me sirvió para revisar mi recibo.',
    'Justo lo que buscaba.',
    'Qué bueno que se pueden descargar los datos.',
    'Lo compartí con mis vecinos.',
    'Useful, thanks.',
  ],
  pertinente: ['Yo quería sacar una cita, no ver estadísticas.', 'No dice lo que necesito saber.', 'Busco otra cosa y me mandaron aquí.'],
  actualizada: ['El corte de mi colonia no aparece.', 'Los datos ya no coinciden con lo que pasa.', 'Le falta el mes pasado.'],
  confiable: ['En mi hospital nunca hay medicinas, no creo estas cifras.', 'No dice de dónde salen los números.', 'Los datos no cuadran con lo que vivimos.'],
  completa: ['Faltan varios municipios.', 'No viene mi colonia.', 'Solo está un año.'],
  'formatos-abiertos': ['Solo hay PDF, no puedo usar los datos.', 'Necesito el archivo en Excel o CSV.'],
  comprensible: ['No entiendo qué significa NTU.', 'Está escrito para abogados.', 'Demasiadas siglas.', 'Muy técnico, no le entendí.'],
  accesible: ['No se lee bien en el celular.', 'El PDF no lo puede leer mi lector de pantalla.'],
  localizable: ['Me costó mucho encontrar esta página.', 'No aparece en el buscador del sitio.', 'Tuve que preguntar en redes para llegar aquí.'],
};
