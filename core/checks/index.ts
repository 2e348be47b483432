import type { CriterionId } from '../schemas/index.js';
import type { Check } from './define.js';
import { checks as accesible } from './accesible/index.js';
import { checks as actualizada } from './actualizada/index.js';
import { checks as completa } from './completa/index.js';
import { checks as comprensible } from './comprensible/index.js';
import { checks as confiable } from './confiable/index.js';
import { checks as formatosAbiertos } from './formatos-abiertos/index.js';
import { checks as localizable } from './localizable/index.js';
import { checks as pertinente } from './pertinente/index.js';
import { checks as retroalimentacion } from './retroalimentacion/index.js';
import { checks as reutilizable } from './reutilizable/index.js';

export type { Check } from './define.js';

/** Every check, grouped by criterion. Adding a check = one file + one line in its criterion's index. */
export const CHECKS_BY_CRITERION: Readonly<Record<CriterionId, readonly Check[]>> = {
  pertinente,
  actualizada,
  confiable,
  completa,
  'formatos-abiertos': formatosAbiertos,
  comprensible,
  accesible,
  localizable,
  reutilizable,
  retroalimentacion,
};

export const ALL_CHECKS: readonly Check[] = Object.values(CHECKS_BY_CRITERION).flat();

export function findCheck(id: string): Check | undefined {
  return ALL_CHECKS.find((c) => c.meta.id === id);
}
