/**
 * Limits and patterns of the feedback schemas, in a module without zod so that the browser
 * widgets can share them without bundling the validator (design §3: the widget must stay small).
 */

/** Longest comment a FeedbackRecord may carry (characters, after scrubbing). */
export const COMMENT_MAX = 500;

/** Most reasons one answer may tick (there are eight). */
export const REASONS_MAX = 8;

/** A site id: 3-100 lowercase letters, digits and dashes, not starting with a dash. */
export const SITE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,99}$/;

/** The criteria a citizen can point to as reasons (every criterion but reutilizable and retroalimentacion). */
export const FEEDBACK_REASONS = ['pertinente', 'actualizada', 'confiable', 'completa', 'formatos-abiertos', 'comprensible', 'accesible', 'localizable'] as const;
