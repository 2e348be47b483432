/**
 * The one policy for control characters in text Proactiva accepts (issue 14): C0 controls other
 * than tab, line feed and carriage return, DEL and the C1 controls are removed, and lone UTF-16
 * surrogates (half of an emoji, cut text) become U+FFFD. PostgreSQL refuses NUL in text and every
 * UTF-8 encoder replaces lone surrogates anyway, so cleaning first makes SQLite, PostgreSQL, the
 * widget and CSV files agree on the same text. Bidi controls, zero-width characters and every
 * other printable or format character are kept: they are text some languages need.
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATES = /\p{Cs}/gu;
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

/** The text with controls removed and lone surrogates replaced; the same string when there is nothing to clean. */
export function cleanText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(CONTROLS, '').replace(LONE_SURROGATES, '\uFFFD');
}

/**
 * cleanText applied to every string (values and keys) of a JSON-like value, e.g. a parsed request
 * body, before it is validated. Returns the same reference when nothing changed, so large clean
 * inputs are not copied.
 */
export function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const cleaned = cleanStrings(value[i]);
      if (cleaned !== value[i]) (out ??= value.slice())[i] = cleaned;
    }
    return out ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value; // Dates, Maps…: not JSON

  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const cleanKey = cleanText(key);
    const cleanItem = cleanStrings(item);
    if (cleanKey !== key || cleanItem !== item) changed = true;
    return [cleanKey, cleanItem] as const;
  });
  return changed ? Object.fromEntries(entries) : value;
}
