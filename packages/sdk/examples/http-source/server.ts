import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the example API serves, and the faults it injects. */
export interface ExampleServerOptions {
  /** Bearer token the API accepts. */
  token: string;
  /** Number of employees (default 250). */
  employees?: number;
  /** Number of departments (default 4). */
  departments?: number;
  /** Notes per department (default 30). */
  notesPerDepartment?: number;
  /** Answer every n-th request with 429 and `Retry-After: retryAfterSeconds` (default never). */
  rateLimitEvery?: number;
  /** Seconds in the Retry-After header of rate-limited answers (default 1). */
  retryAfterSeconds?: number;
  /** Answer requests under this path prefix with 500 every time (e.g. `/departments/2/notes`). */
  failPath?: string;
  /** Error answers quote the request's headers, as some APIs' debug modes do (a test of masking). */
  echoHeadersOnError?: boolean;
  /** Rotate the token: `/departments` answers carry `X-Rotated-Token`, and both tokens are accepted. */
  rotateTokenTo?: string;
}

/** A running example API. */
export interface ExampleServer {
  readonly url: string;
  /** Requests served so far, by path. */
  readonly requests: string[];
  close(): Promise<void>;
}

const BASE_TIME = Date.parse('2026-01-01T00:00:00Z');

/** The n-th employee: ids from 1, `updated_at` one minute apart, ascending. */
export function employee(n: number): Record<string, unknown> {
  return {
    id: n,
    name: `Employee ${n}`,
    email: `employee${n}@example.com`,
    department_id: (n % 4) + 1,
    updated_at: new Date(BASE_TIME + n * 60_000).toISOString(),
  };
}

/**
 * A small HTTP API with the habits of real ones: bearer auth, Link-header paging, an
 * `updated_since` filter, per-department sub-resources, 429s with Retry-After and 500s on demand.
 * Used by the example source's tests and README.
 */
export async function startExampleServer(options: ExampleServerOptions): Promise<ExampleServer> {
  const employees = options.employees ?? 250;
  const departments = options.departments ?? 4;
  const notesPer = options.notesPerDepartment ?? 30;
  const requests: string[] = [];
  let served = 0;

  const handle = (req: IncomingMessage, res: ServerResponse, base: string): void => {
    const url = new URL(req.url ?? '/', base);
    requests.push(url.pathname + url.search);
    served++;
    const auth = req.headers.authorization;
    if (auth !== `Bearer ${options.token}` && (!options.rotateTokenTo || auth !== `Bearer ${options.rotateTokenTo}`)) {
      return void json(res, 401, { message: 'Bad credentials' });
    }
    if (options.rateLimitEvery && served % options.rateLimitEvery === 0) {
      res.setHeader('Retry-After', String(options.retryAfterSeconds ?? 1));
      return void json(res, 429, { message: 'Too many requests' });
    }
    if (options.failPath && url.pathname.startsWith(options.failPath)) {
      const body = options.echoHeadersOnError
        ? { message: 'Internal error', request: req.headers }
        : { message: 'Internal error' };
      return void json(res, 500, body);
    }
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 50), 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1);
    if (url.pathname === '/me') return void json(res, 200, { login: 'example-bot' });
    if (url.pathname === '/departments') {
      const all = Array.from({ length: departments }, (_, i) => ({ id: i + 1, name: `Department ${i + 1}` }));
      if (options.rotateTokenTo) res.setHeader('X-Rotated-Token', options.rotateTokenTo);
      return void json(res, 200, all);
    }
    if (url.pathname === '/employees') {
      const since = url.searchParams.get('updated_since');
      const all = Array.from({ length: employees }, (_, i) => employee(i + 1)).filter(
        (e) => !since || Date.parse(String(e.updated_at)) >= Date.parse(since),
      );
      return void paged(res, url, all, page, perPage);
    }
    const notes = /^\/departments\/(\d+)\/notes$/.exec(url.pathname);
    if (notes) {
      const dept = Number(notes[1]);
      if (dept < 1 || dept > departments) return void json(res, 404, { message: 'Not found' });
      const since = url.searchParams.get('created_since');
      const all = Array.from({ length: notesPer }, (_, i) => ({
        id: dept * 10_000 + i + 1,
        department_id: dept,
        text: `Note ${i + 1} of department ${dept}`,
        created_at: new Date(BASE_TIME + (i + 1) * 3_600_000).toISOString(),
      })).filter((n) => !since || Date.parse(n.created_at) >= Date.parse(since));
      return void paged(res, url, all, page, perPage);
    }
    return void json(res, 404, { message: 'Not found' });
  };

  const server = createServer((req, res) => handle(req, res, `http://${req.headers.host ?? '127.0.0.1'}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function paged(res: ServerResponse, url: URL, all: unknown[], page: number, perPage: number): void {
  const start = (page - 1) * perPage;
  res.setHeader('X-Total-Count', String(all.length));
  if (start + perPage < all.length) {
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    next.searchParams.set('per_page', String(perPage));
    res.setHeader('Link', `<${next.toString()}>; rel="next"`);
  }
  json(res, 200, all.slice(start, start + perPage));
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}
