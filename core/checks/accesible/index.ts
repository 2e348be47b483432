import type { Check } from '../define.js';
import { htmlLang } from './html-lang.js';

export const checks: readonly Check[] = [htmlLang];
