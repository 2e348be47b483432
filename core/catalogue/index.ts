/** Catalogue metadata (DCAT data.json, CKAN, JSON-LD) scored against the Mexican open-data guide, MQA-style. */
export * from './schema.js';
export { readCatalogue, CatalogueFormatError, type ReadCatalogue } from './read.js';
export { INDICATORS, MAX_POINTS, type Indicator } from './indicators.js';
export { scoreDataset, scoreCatalogue, ratingFor } from './score.js';
export { catalogueTable, catalogueCsv, RATING_LABELS } from './render.js';
