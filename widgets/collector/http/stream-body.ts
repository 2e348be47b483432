/**
 * A response body written as it is read: `head`, then each batch rendered as text, then `tail`.
 * The next batch is read only when the client has taken the previous one (pull), so memory stays
 * bounded by one batch whatever the export's size; a client that goes away stops the reading.
 */
export function streamBody<T>(head: string, batches: AsyncGenerator<T[]>, render: (batch: T[], first: boolean) => string, tail: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          controller.enqueue(encoder.encode(tail));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(render(next.value, first)));
        first = false;
      } catch (error) {
        // The status line has gone out: all that is left is to cut the response short.
        console.error('proactiva collector: export stream failed', error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/**
 * Reads the first batch before the response starts, so a database that does not answer is a
 * 500 with a JSON error rather than a 200 cut short; the batches then continue as before.
 */
export async function primed<T>(batches: AsyncGenerator<T[]>): Promise<AsyncGenerator<T[]>> {
  const first = await batches.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* batches;
  })();
}
