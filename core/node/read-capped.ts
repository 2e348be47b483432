/**
 * Reads at most `maxBytes` of a response body and stops the download there: `cut` says the body
 * was larger. Uses only the fetch API's streams, so the CLI and the extension share it.
 */
export async function readCapped(response: Response, maxBytes: number): Promise<{ bytes: Uint8Array; total: number; cut: boolean }> {
  if (!response.body) return { bytes: new Uint8Array(), total: 0, cut: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let cut = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - total;
    if (value.byteLength >= room) {
      chunks.push(value.subarray(0, room));
      total += room;
      cut = value.byteLength > room;
      if (!cut) {
        // Exactly at the cap: only a further chunk would prove the body is larger.
        const next = await reader.read();
        cut = !next.done;
      }
      if (cut) await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    total += value.byteLength;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, total, cut };
}
