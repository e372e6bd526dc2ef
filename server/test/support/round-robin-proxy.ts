/**
 * A small loopback load balancer for tests: each request goes to the next server in turn, with the
 * client's address in X-Forwarded-For as a real balancer adds it. It counts what each server answered,
 * so a test can show that both took part.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  port: number;
  /** Requests each server answered, in the order of `targets`. */
  served: number[];
  /** The ports requests are spread over; set once the servers listen. */
  targets: number[];
  close: () => Promise<void>;
}

export async function startRoundRobinProxy(): Promise<RoundRobinProxy> {
  let next = 0;
  const proxy: Omit<RoundRobinProxy, 'port' | 'close'> = { served: [], targets: [] };
  const server: Server = createServer((incoming, outgoing) => {
    const index = next % proxy.targets.length;
    next += 1;
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: proxy.targets[index],
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-forwarded-for': incoming.socket.remoteAddress ?? '' },
      },
      (answer) => {
        proxy.served[index] = (proxy.served[index] ?? 0) + 1;
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(proxy, {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  });
}
