/** Catalogue metadata (DCAT data.json, CKAN, JSON-LD) scored against the Mexican open-data guide, MQA-style. */
export * from './schema.js';
export { readCatalogue, CatalogueFormatError, type ReadCatalogue } from './read.js';
export { INDICATORS, MAX_POINTS, type Indicator } from './indicators.js';
export { scoreDataset, scoreCatalogue } from './score.js';
export { ratingFor, RATING_LABELS } from './rating.js';
export { catalogueTable, catalogueCsv } from './render.js';
