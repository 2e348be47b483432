/** Listening on loopback: the configured port, or any free one when it is taken. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  url: string;
  port: number;
  /** True when the configured port was taken and another one was used. */
  fellBack: boolean;
}

function listenOnce(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePort((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export async function listenWithFallback(server: Server, host: string, port: number): Promise<Listening> {
  try {
    const bound = await listenOnce(server, host, port);
    return { url: `http://${host}:${bound}`, port: bound, fellBack: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    const bound = await listenOnce(server, host, 0);
    return { url: `http://${host}:${bound}`, port: bound, fellBack: true };
  }
}

/** Closes a server, dropping idle keep-alive connections and, after a grace period, the rest. */
export function closeServer(server: Server, graceMs = 2_000): Promise<void> {
  return new Promise((done) => {
    if (!server.listening) return done();
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(force);
      done();
    });
    server.closeIdleConnections();
  });
}
