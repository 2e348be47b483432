import type { Check } from '../define.js';
import { machineReadableDownload } from './machine-readable-download.js';
import { noDocumentOnlyTables } from './no-document-only-tables.js';
import { openFormatOffered } from './open-format-offered.js';
import { opennessStars } from './openness-stars.js';
import { downloadsInspected } from '../../resources/page-checks/downloads-inspected.js';

export const checks: readonly Check[] = [machineReadableDownload, openFormatOffered, noDocumentOnlyTables, opennessStars, downloadsInspected];
