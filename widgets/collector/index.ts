/** The collector's Node API (docs/collector-api.md): the store, the HTTP app and the server. */
export { openStore, type Store, type StoreLocation, type Engine, type Scope } from './store/index.js';
export { startCollector, type Collector, type CollectorOptions } from './server.js';
export { createApp, type AppOptions } from './app.js';
export { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './options.js';
export { createSitesFile, readSitesFile, SitesFileError } from './sites-file.js';
export { newAdminToken, newAuditorToken, newPublicKey, newSiteToken } from './credentials.js';
export { feedbackCsv, goodPracticesCsv } from './csv.js';
export { InvalidInputError, type InputIssue } from './validation.js';
