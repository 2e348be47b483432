/**
 * A real HTTP proxy on 127.0.0.1 that fails a share of the requests it relays, in the three ways a
 * network fails a client: an error answer before the collector sees the request, a connection
 * dropped before it, and a connection dropped after the collector stored the record and answered
 * (the acknowledgement is lost, so the client must retry a record that is already stored).
 * Decisions come from a seeded generator so runs are reproducible in distribution.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'error-503' | 'drop-before' | 'drop-after-ack';

export interface FlakyProxy {
  url: string;
  counts: Record<Fault | 'relayed', number>;
  close(): Promise<void>;
}

/** mulberry32: a small seeded PRNG, enough for picking faults. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function startFlakyProxy(target: string, failureRate: number, seed: number): Promise<FlakyProxy> {
  const upstream = new URL(target);
  const random = seededRandom(seed);
  const counts: FlakyProxy['counts'] = { 'error-503': 0, 'drop-before': 0, 'drop-after-ack': 0, relayed: 0 };
  const faults: Fault[] = ['error-503', 'drop-before', 'drop-after-ack'];

  const relay = (req: IncomingMessage, res: ServerResponse, dropAfter: boolean) => {
    const out = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (dropAfter) {
          // The collector has answered (the record is committed): consume the answer, then cut the client off.
          answer.resume();
          answer.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => req.socket.destroy());
    req.pipe(out);
  };

  const server: Server = createServer((req, res) => {
    const fault = random() < failureRate ? faults[Math.floor(random() * faults.length)]! : null;
    if (fault === null) {
      counts.relayed++;
      relay(req, res, false);
    } else if (fault === 'error-503') {
      counts[fault]++;
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json', connection: 'close' });
      res.end('{"error":{"code":"proxy","message":"injected failure","field":null}}');
    } else if (fault === 'drop-before') {
      counts[fault]++;
      req.socket.destroy();
    } else {
      counts[fault]++;
      relay(req, res, true);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
