import chardet from 'chardet';

export interface DetectedEncoding {
  /** A label TextDecoder accepts. */
  label: string;
  /** What the report shows (chardet's name, or UTF-8). */
  name: string;
  confidence: number;
}

/**
 * The text encoding of a sample: UTF-8 when the sample is valid UTF-8 (a byte-order mark or
 * none), else chardet's best guess among the single-byte and multi-byte encodings it knows.
 */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { label: 'utf-8', name: 'UTF-8', confidence: 100 };
  } catch {
    // Not UTF-8: ask chardet.
  }
  const best = chardet.analyse(sample).find((m) => isDecodable(m.name));
  if (!best) return { label: 'windows-1252', name: 'windows-1252', confidence: 0 };
  return { label: best.name.toLowerCase(), name: best.name, confidence: best.confidence };
}

function isDecodable(label: string): boolean {
  try {
    new TextDecoder(label.toLowerCase());
    return true;
  } catch {
    return false;
  }
}
