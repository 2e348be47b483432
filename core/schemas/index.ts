export * from './common.js';
export * from './check.js';
export * from './snapshot.js';
export * from './profile.js';
export * from './report.js';
export * from './feedback.js';
export * from './page-url.js';
export * from './collector.js';
