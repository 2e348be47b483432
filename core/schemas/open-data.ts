import { z } from 'zod';
import { SiteId } from './collector.js';
import type { FeedbackReason } from './feedback.js';

const Count = z.number().int().min(0).nullable();

/**
 * The published usefulness of a site's pages (issue 11, item 4): one row per page and month
 * (UTC, by the answer's createdAt). A count below the site's k is null (suppressed); free-text
 * comments are never part of it. Field names are the published column names (es-MX).
 */
export const OpenUsefulnessRow = z.object({
  sitio: SiteId,
  pagina: z.string().url(),
  mes: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  respuestas: Count,
  utiles: Count,
  no_utiles: Count,
  motivo_pertinente: Count,
  motivo_actualizada: Count,
  motivo_confiable: Count,
  motivo_completa: Count,
  motivo_formatos_abiertos: Count,
  motivo_comprensible: Count,
  motivo_accesible: Count,
  motivo_localizable: Count,
});
export type OpenUsefulnessRow = z.infer<typeof OpenUsefulnessRow>;

/** The column of each reason. */
export const OPEN_REASON_FIELDS = {
  pertinente: 'motivo_pertinente',
  actualizada: 'motivo_actualizada',
  confiable: 'motivo_confiable',
  completa: 'motivo_completa',
  'formatos-abiertos': 'motivo_formatos_abiertos',
  comprensible: 'motivo_comprensible',
  accesible: 'motivo_accesible',
  localizable: 'motivo_localizable',
} as const satisfies Record<FeedbackReason, keyof OpenUsefulnessRow>;
