/** Declared update frequencies, in days (Spanish words, DCAT/Dublin Core frequency URIs, ISO 8601 durations). */

export interface PeriodicityTerm {
  /** Canonical Spanish name shown in evidence. */
  name: string;
  days: number;
}

const WORDS: [RegExp, PeriodicityTerm][] = [
  [/\b(diari[oa]s?|diariamente|cada d[ií]a|todos los d[ií]as|en tiempo real|continua(mente)?)\b/iu, { name: 'diaria', days: 1 }],
  [/\b(semanal(es|mente)?|cada semana)\b/iu, { name: 'semanal', days: 7 }],
  [/\b(quincenal(es|mente)?|cada quince d[ií]as)\b/iu, { name: 'quincenal', days: 15 }],
  [/\b(bimestral(es|mente)?|cada dos meses)\b/iu, { name: 'bimestral', days: 61 }],
  [/\b(cuatrimestral(es|mente)?|cada cuatro meses)\b/iu, { name: 'cuatrimestral', days: 123 }],
  [/\b(semestral(es|mente)?|cada seis meses)\b/iu, { name: 'semestral', days: 183 }],
  [/\b(trimestral(es|mente)?|cada tres meses)\b/iu, { name: 'trimestral', days: 92 }],
  [/\b(mensual(es|mente)?|cada mes)\b/iu, { name: 'mensual', days: 31 }],
  [/\b(bienal(es|mente)?|cada dos a[ñn]os)\b/iu, { name: 'bienal', days: 731 }],
  [/\b(anual(es|mente)?|cada a[ñn]o)\b/iu, { name: 'anual', days: 366 }],
];

/** Reads a Spanish frequency word or phrase: "Mensual" → 31 days; "se actualiza cada tres meses" → 92. */
export function periodicityFromWords(text: string): PeriodicityTerm | null {
  for (const [pattern, term] of WORDS) if (pattern.test(text)) return term;
  return null;
}

const FREQ_URI: Record<string, PeriodicityTerm> = {
  continuous: { name: 'diaria', days: 1 },
  daily: { name: 'diaria', days: 1 },
  weekly: { name: 'semanal', days: 7 },
  biweekly: { name: 'quincenal', days: 15 },
  semimonthly: { name: 'quincenal', days: 15 },
  monthly: { name: 'mensual', days: 31 },
  bimonthly: { name: 'bimestral', days: 61 },
  quarterly: { name: 'trimestral', days: 92 },
  semiannual: { name: 'semestral', days: 183 },
  annual: { name: 'anual', days: 366 },
  biennial: { name: 'bienal', days: 731 },
};

const ISO_UNIT_DAYS: Record<string, number> = { D: 1, W: 7, M: 30.5, Y: 365.25 };

/** Reads a machine frequency: "http://purl.org/cld/freq/monthly", "R/P3M", "P1Y". */
export function periodicityFromCode(code: string): PeriodicityTerm | null {
  const value = code.trim();
  const word = /(?:freq(?:uency)?[/#]|^)([a-z]+)$/i.exec(value)?.[1]?.toLowerCase();
  if (word && FREQ_URI[word]) return FREQ_URI[word]!;
  const iso = /^(?:R\/)?P(\d{1,3})([DWMY])$/i.exec(value);
  if (iso) {
    const days = Math.round(Number(iso[1]) * ISO_UNIT_DAYS[iso[2]!.toUpperCase()]!);
    if (days > 0) return { name: `P${iso[1]}${iso[2]!.toUpperCase()}`, days };
  }
  return periodicityFromWords(value);
}
