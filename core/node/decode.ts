/** Decodes HTML bytes: charset from the Content-Type header, else a <meta charset> in the first 2 KB, else UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  const declared = charsetOf(contentType) ?? sniffMetaCharset(bytes);
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    // Unknown label: fall back to UTF-8 (invalid sequences become U+FFFD, nothing throws).
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return match?.[1]?.toLowerCase();
}

function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}
