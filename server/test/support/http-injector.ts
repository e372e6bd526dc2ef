/**
 * Sends test requests over real HTTP to a listening server (here the round-robin proxy), answering in
 * the shape of Fastify's inject, so TestClient and the sync property run unchanged across processes.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { InjectOptions } from 'fastify';
import type { InjectedReply, Injector } from '../harness';

function cookiesOf(headers: IncomingHttpHeaders): InjectedReply['cookies'] {
  return (headers['set-cookie'] ?? []).map((line) => {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() };
  });
}

function bodyOf(options: InjectOptions): { text: string | undefined; contentType: string | undefined } {
  const payload = options.payload ?? options.body;
  if (payload === undefined) return { text: undefined, contentType: undefined };
  if (typeof payload === 'string') return { text: payload, contentType: undefined };
  // As inject does: an object is sent as JSON.
  return { text: JSON.stringify(payload), contentType: 'application/json' };
}

/** An Injector for the server listening on 127.0.0.1:`port`. */
export function httpInjector(port: number): Injector {
  return {
    inject: (options) =>
      new Promise((resolve, reject) => {
        const { text, contentType } = bodyOf(options);
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(options.headers ?? {})) {
          if (value !== undefined) headers[name.toLowerCase()] = String(value);
        }
        if (contentType && !headers['content-type']) headers['content-type'] = contentType;
        if (text !== undefined) headers['content-length'] = String(Buffer.byteLength(text));
        // The clients only ever pass a path as a string.
        const path = typeof options.url === 'string' ? options.url : '/';
        const sent = httpRequest(
          { host: '127.0.0.1', port, method: options.method ?? 'GET', path, headers },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
              const body = Buffer.concat(chunks).toString('utf8');
              resolve({
                statusCode: response.statusCode ?? 0,
                headers: response.headers,
                body,
                cookies: cookiesOf(response.headers),
                json: () => JSON.parse(body) as unknown,
              });
            });
          },
        );
        sent.on('error', reject);
        sent.end(text);
      }),
  };
}
