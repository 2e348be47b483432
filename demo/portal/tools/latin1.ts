/** WinAnsi is close enough to Latin-1 for Spanish text; other characters become "?". */
export function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 256 ? code : 63;
  }
  return bytes;
}
