import { z } from 'zod';
import { LocalizedText } from '../schemas/common.js';

const text = z.string().max(2_000);

export const DistributionMetadata = z.object({
  title: text.optional(),
  downloadURL: text.optional(),
  accessURL: text.optional(),
  mediaType: text.optional(),
  format: text.optional(),
  byteSize: z.number().min(0).optional(),
  describedBy: text.optional(),
  license: text.optional(),
});
export type DistributionMetadata = z.infer<typeof DistributionMetadata>;

/** One dataset's metadata, whatever it came from (DCAT data.json, CKAN, JSON-LD), in DCAT terms. */
export const DatasetMetadata = z.object({
  identifier: text.optional(),
  title: text.optional(),
  description: text.optional(),
  modified: text.optional(),
  issued: text.optional(),
  contactName: text.optional(),
  contactEmail: text.optional(),
  landingPage: text.optional(),
  accrualPeriodicity: text.optional(),
  keywords: z.array(text).max(200).default([]),
  themes: z.array(text).max(100).default([]),
  publisher: text.optional(),
  license: text.optional(),
  spatial: text.optional(),
  temporal: text.optional(),
  describedBy: text.optional(),
  distributions: z.array(DistributionMetadata).max(500).default([]),
});
export type DatasetMetadata = z.infer<typeof DatasetMetadata>;
export type DatasetMetadataInput = z.input<typeof DatasetMetadata>;

export const Dimension = z.enum(['findability', 'accessibility', 'interoperability', 'reusability', 'contextuality']);
export type Dimension = z.infer<typeof Dimension>;

export const IndicatorResult = z.object({
  id: z.string(),
  dimension: Dimension,
  title: LocalizedText,
  /** Mandatory in the Mexican open-data guide (DCAT-based). */
  mandatory: z.boolean(),
  points: z.number().min(0),
  max: z.number().positive(),
  met: z.enum(['yes', 'partly', 'no']),
  /** What was found (value or share), for the report. */
  found: z.string().max(300).optional(),
  fix: LocalizedText,
});
export type IndicatorResult = z.infer<typeof IndicatorResult>;

export const Rating = z.enum(['excelente', 'buena', 'suficiente', 'deficiente']);
export type Rating = z.infer<typeof Rating>;

export const DatasetScore = z.object({
  identifier: z.string().max(2_000),
  title: z.string().max(2_000),
  /** The publishing institution as the metadata names it (dct:publisher), when it does. */
  publisher: z.string().max(2_000).optional(),
  points: z.number().min(0),
  max: z.number().positive(),
  /** points / max, 0-100. */
  percent: z.number().min(0).max(100),
  rating: Rating,
  /** Every mandatory field of the Mexican guide is filled. */
  mandatoryComplete: z.boolean(),
  dimensions: z.record(Dimension, z.object({ points: z.number(), max: z.number() })),
  indicators: z.array(IndicatorResult),
  /** Missing indicators, mandatory first, then by points lost. */
  fillFirst: z.array(z.string()),
});
export type DatasetScore = z.infer<typeof DatasetScore>;

export const CatalogueReport = z.object({
  source: z.string().max(4_096),
  /** What the input was read as. */
  format: z.enum(['dcat', 'ckan-package', 'ckan-search', 'json-ld', 'html']),
  scoredAt: z.iso.datetime(),
  datasets: z.array(DatasetScore),
  /** Mean percent over the datasets; null when there are none. */
  percent: z.number().min(0).max(100).nullable(),
  rating: Rating.nullable(),
  /** Indicators the catalogue misses most, mandatory first: what to fill first. */
  fillFirst: z.array(z.object({ id: z.string(), title: LocalizedText, mandatory: z.boolean(), missing: z.number().int().min(0), pointsLost: z.number().min(0) })),
  /** Datasets beyond the cap that were not scored. */
  skipped: z.number().int().min(0),
});
export type CatalogueReport = z.infer<typeof CatalogueReport>;
