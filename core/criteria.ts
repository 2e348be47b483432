import type { CriterionId, LocalizedText, Stage } from './schemas/common.js';

export interface CriterionMeta {
  id: CriterionId;
  title: LocalizedText;
  stage: Stage;
  /** quality = information quality; proactivity = what sets proactive transparency apart (design §2). */
  group: 'quality' | 'proactivity' | 'other';
  description: LocalizedText;
}

/** The ten criteria, in the order reports list them. Ids are stable; titles are what users see. */
export const CRITERIA: readonly CriterionMeta[] = [
  {
    id: 'pertinente',
    title: { es: 'Responde a una necesidad y a un público definido', en: 'Meets a need of a defined audience' },
    stage: 'identificacion',
    group: 'proactivity',
    description: {
      es: 'La información declara para qué sirve y a quién va dirigida, y responde a una demanda conocida.',
      en: 'The information states what it is for and who it is for, and answers a known demand.',
    },
  },
  {
    id: 'actualizada',
    title: { es: 'Actualizada y oportuna', en: 'Up to date and timely' },
    stage: 'publicacion',
    group: 'quality',
    description: {
      es: 'Muestra la fecha de actualización, su periodicidad y el periodo que cubre, y está al día.',
      en: 'Shows its update date, periodicity and period covered, and is current.',
    },
  },
  {
    id: 'confiable',
    title: { es: 'Confiable y verificable', en: 'Reliable and verifiable' },
    stage: 'publicacion',
    group: 'quality',
    description: {
      es: 'Identifica al área responsable, su contacto, la fuente y la metodología, en un dominio oficial seguro.',
      en: 'Names the responsible area, its contact, the source and method, on a secure official domain.',
    },
  },
  {
    id: 'completa',
    title: { es: 'Completa e integral', en: 'Complete' },
    stage: 'publicacion',
    group: 'quality',
    description: {
      es: 'Ofrece la serie completa con diccionario de datos y metadatos, sin secciones vacías ni enlaces rotos.',
      en: 'Offers the whole series with a data dictionary and metadata, with no empty sections or broken links.',
    },
  },
  {
    id: 'formatos-abiertos',
    title: { es: 'En formatos abiertos y legibles por máquina', en: 'In open, machine-readable formats' },
    stage: 'publicacion',
    group: 'other',
    description: {
      es: 'Los datos se descargan en formatos abiertos (CSV, JSON, XML…) y no sólo en PDF o imágenes.',
      en: 'Data can be downloaded in open formats (CSV, JSON, XML…), not only as PDF or images.',
    },
  },
  {
    id: 'comprensible',
    title: { es: 'En lenguaje ciudadano', en: 'In plain language' },
    stage: 'publicacion',
    group: 'quality',
    description: {
      es: 'El texto se entiende sin ser especialista: frases cortas, sin jerga legal, siglas explicadas, resumen claro.',
      en: 'The text is understandable by non-specialists: short sentences, no legal jargon, acronyms explained, a plain summary.',
    },
  },
  {
    id: 'accesible',
    title: { es: 'Accesible para todas las personas', en: 'Accessible to everyone' },
    stage: 'difusion',
    group: 'other',
    description: {
      es: 'Cumple las pautas WCAG 2.1 A/AA, declara su idioma, describe sus imágenes y se usa en el teléfono.',
      en: 'Meets WCAG 2.1 A/AA, declares its language, describes its images and works on a phone.',
    },
  },
  {
    id: 'localizable',
    title: { es: 'Fácil de encontrar, difundida y permanente', en: 'Easy to find, disseminated and permanent' },
    stage: 'difusion',
    group: 'proactivity',
    description: {
      es: 'Tiene título y descripción, encabezados, migas de pan, datos estructurados y una URL estable.',
      en: 'Has a title and description, headings, breadcrumbs, structured data and a stable URL.',
    },
  },
  {
    id: 'reutilizable',
    title: { es: 'Libre, gratuita y sin barreras', en: 'Free to reuse, without barriers' },
    stage: 'reutilizacion',
    group: 'other',
    description: {
      es: 'Declara una licencia de libre uso y se descarga sin registro, captcha ni costo, en bloque o por API.',
      en: 'States an open licence and downloads without registration, captcha or cost, in bulk or by API.',
    },
  },
  {
    id: 'retroalimentacion',
    title: { es: 'Abierta a la opinión y evaluada por su uso', en: 'Open to feedback and judged by its use' },
    stage: 'reutilizacion',
    group: 'proactivity',
    description: {
      es: 'Ofrece un mecanismo de opinión y un canal de contacto, y publica cifras de uso o reutilización.',
      en: 'Offers a feedback mechanism and a contact channel, and publishes usage or reuse figures.',
    },
  },
];

export function criterionMeta(id: CriterionId): CriterionMeta {
  const found = CRITERIA.find((c) => c.id === id);
  if (!found) throw new Error(`unknown criterion ${id}`);
  return found;
}
