import type { Check } from '../define.js';

export const checks: readonly Check[] = [];
