import { contentUpToDate } from './data-date.js';
import { csvStandardDelimiter } from './delimiter.js';
import type { ResourceCheck } from './define.js';
import { tableConsistentRows } from './consistent-rows.js';
import { tableNoEmptyColumns } from './empty-cells.js';
import { resourceOpennessStars } from './openness.js';
import { pdfTagged } from './pdf-tagged.js';
import { resourceRealFormat } from './real-format.js';
import { tableSingleHeader } from './single-header.js';
import { pdfTextLayer } from './text-layer.js';
import { textUtf8 } from './utf8.js';

export type { ResourceCheck, ResourceContext } from './define.js';

/** Every resource check; each decides for the kinds it applies to and is not-applicable otherwise. */
export const RESOURCE_CHECKS: readonly ResourceCheck[] = [
  resourceRealFormat,
  resourceOpennessStars,
  pdfTextLayer,
  tableNoEmptyColumns,
  tableConsistentRows,
  contentUpToDate,
  tableSingleHeader,
  pdfTagged,
  textUtf8,
  csvStandardDelimiter,
];
