import { STRINGS_EN } from './strings-en.js';
import { STRINGS_ES, type FeedbackStrings } from './strings.js';

/**
 * Both locales of <proactiva-feedback>'s strings, for the server-rendered no-JavaScript form and
 * for tests. The element itself never imports this: it loads English apart (strings-en.ts).
 */
export const STRINGS: { es: FeedbackStrings; en: FeedbackStrings } = { es: STRINGS_ES, en: STRINGS_EN };
