import { afterEach, describe, expect, it } from 'vitest';
import { AirbyteError } from '../errors/airbyte-error.js';
import { CursorPaginator } from './cursor-paginator.js';
import { defaultClassifier } from './default-classifier.js';
import { createHttpClient } from './http-client.js';
import { LinkHeaderPaginator, parseLinkHeader } from './link-header-paginator.js';
import { OffsetPaginator } from './offset-paginator.js';
import { PageNumberPaginator } from './page-number-paginator.js';
import { SinglePage } from './paginator.js';
import { json, type ReceivedRequest, startTestServer, type TestHandler, type TestServer } from './test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: TestHandler) {
  server = await startTestServer(handler);
  return { server, http: createHttpClient({ baseUrl: server.url, sleep: async () => {} }) };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<AirbyteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AirbyteError);
  return error as AirbyteError;
}

const query = (req: ReceivedRequest) => new URL(req.url, 'http://x').searchParams;

describe('LinkHeaderPaginator', () => {
  it('follows rel="next" links, absolute and relative, until there is none', async () => {
    const { server: s, http } = await serve((req, res) => {
      const page = Number(query(req).get('page') ?? '1');
      const links: Record<number, string> = {
        1: `<${s.url}/items?page=2&per_page=2>; rel="next", <${s.url}/items?page=3>; rel="last"`,
        2: '</items?page=3&per_page=2>; rel="next"',
      };
      json(res, 200, [page * 10, page * 10 + 1], links[page] ? { link: links[page] } : {});
    });
    const items = await collect(
      http.items<number>({ url: '/items', params: { per_page: 2 } }, { paginator: new LinkHeaderPaginator() }),
    );
    expect(items).toEqual([10, 11, 20, 21, 30, 31]);
    expect(s.requests.map((r) => r.url)).toEqual([
      '/items?per_page=2',
      '/items?page=2&per_page=2',
      '/items?page=3&per_page=2',
    ]);
  });

  it('throws a clear system_error when a next link repeats', async () => {
    const { server: s, http } = await serve((req, res) => {
      const page = query(req).get('page') ?? '1';
      json(res, 200, [page], { link: `<${s.url}/items?page=${page === '1' ? 2 : 1}>; rel="next"` });
    });
    const seen: unknown[] = [];
    const error = await failure(
      (async () => {
        for await (const item of http.items({ url: '/items?page=1' }, { paginator: new LinkHeaderPaginator() }))
          seen.push(item);
      })(),
    );
    expect(error.failureType).toBe('system_error');
    expect(error.message).toMatch(
      /^Pagination loop: page 3 of GET http:\/\/127\.0\.0\.1:\d+\/items\?page=1 would repeat/,
    );
    expect(seen).toEqual(['1', '2']);
    expect(s.requests).toHaveLength(2);
  });

  it('parses Link headers with several relations', () => {
    expect(parseLinkHeader('<https://a/x?p=2>; rel="next", <https://a/x?p=9>; rel="last"')).toEqual({
      next: 'https://a/x?p=2',
      last: 'https://a/x?p=9',
    });
    expect(parseLinkHeader('<https://a/?p=2>;rel=next')).toEqual({ next: 'https://a/?p=2' });
    expect(parseLinkHeader('')).toEqual({});
  });
});

describe('CursorPaginator', () => {
  it('sends the body cursor back as a query parameter until it is missing', async () => {
    const { server: s, http } = await serve((req, res) => {
      const cursor = query(req).get('cursor');
      if (!cursor) json(res, 200, { data: [1, 2], meta: { next_cursor: 'c2' } });
      else if (cursor === 'c2') json(res, 200, { data: [3], meta: { next_cursor: 'c3' } });
      else json(res, 200, { data: [4], meta: { next_cursor: null } });
    });
    const pages = await collect(
      http.pages<number>(
        { url: '/records' },
        {
          paginator: new CursorPaginator({ cursor: 'meta.next_cursor', param: 'cursor' }),
          items: (r) => (r.data as { data: number[] }).data,
        },
      ),
    );
    expect(pages.map((p) => [p.number, p.items])).toEqual([
      [1, [1, 2]],
      [2, [3]],
      [3, [4]],
    ]);
    expect(s.requests.map((r) => r.url)).toEqual(['/records', '/records?cursor=c2', '/records?cursor=c3']);
  });

  it('puts the token in a POST body (Jira-style nextPageToken)', async () => {
    const { server: s, http } = await serve((req, res) => {
      const body = JSON.parse(req.body) as { jql: string; nextPageToken?: string };
      if (!body.nextPageToken) json(res, 200, { issues: ['A-1'], nextPageToken: 't2' });
      else json(res, 200, { issues: ['A-2'], isLast: true });
    });
    const items = await collect(
      http.items<string>(
        { method: 'POST', url: '/search/jql', data: { jql: 'project = A' } },
        {
          paginator: new CursorPaginator({ cursor: 'nextPageToken', param: 'nextPageToken', location: 'body' }),
          items: (r) => (r.data as { issues: string[] }).issues,
        },
      ),
    );
    expect(items).toEqual(['A-1', 'A-2']);
    expect(JSON.parse(s.requests[1]?.body ?? '')).toEqual({ jql: 'project = A', nextPageToken: 't2' });
  });

  it('throws on a repeated cursor', async () => {
    const { http } = await serve((_req, res) => json(res, 200, { items: [1], next: 'same' }));
    const error = await failure(
      collect(
        http.items(
          { url: '/x' },
          {
            paginator: new CursorPaginator({ cursor: 'next', param: 'c' }),
            items: (r) => (r.data as { items: number[] }).items,
          },
        ),
      ),
    );
    expect(error.message).toContain('Pagination loop: page 3');
    expect(error.message).toContain('/x?c=same');
  });
});

describe('OffsetPaginator', () => {
  const rows = ['a', 'b', 'c', 'd', 'e'];

  it('stops on a short page when there is no total', async () => {
    const { server: s, http } = await serve((req, res) => {
      const offset = Number(query(req).get('offset'));
      const limit = Number(query(req).get('limit'));
      json(res, 200, rows.slice(offset, offset + limit));
    });
    const items = await collect(http.items({ url: '/rows' }, { paginator: new OffsetPaginator({ limit: 2 }) }));
    expect(items).toEqual(rows);
    expect(s.requests.map((r) => r.url)).toEqual([
      '/rows?limit=2&offset=0',
      '/rows?limit=2&offset=2',
      '/rows?limit=2&offset=4',
    ]);
  });

  it('with a total, keeps going when the server caps the page size', async () => {
    const { server: s, http } = await serve((req, res) => {
      const startAt = Number(query(req).get('startAt'));
      json(res, 200, { total: rows.length, values: rows.slice(startAt, startAt + 2) }); // asked for 100, gets 2
    });
    const items = await collect(
      http.items<string>(
        { url: '/rows' },
        {
          paginator: new OffsetPaginator({
            limit: 100,
            offsetParam: 'startAt',
            limitParam: 'maxResults',
            total: 'total',
          }),
          items: (r) => (r.data as { values: string[] }).values,
        },
      ),
    );
    expect(items).toEqual(rows);
    expect(s.requests).toHaveLength(3);
  });
});

describe('PageNumberPaginator', () => {
  it('counts pages until a short page', async () => {
    const { server: s, http } = await serve((req, res) => {
      const page = Number(query(req).get('page'));
      json(res, 200, page < 3 ? [page, page] : [page]);
    });
    const items = await collect(http.items({ url: '/p' }, { paginator: new PageNumberPaginator({ pageSize: 2 }) }));
    expect(items).toEqual([1, 1, 2, 2, 3]);
    expect(s.requests.map((r) => r.url)).toEqual([
      '/p?per_page=2&page=1',
      '/p?per_page=2&page=2',
      '/p?per_page=2&page=3',
    ]);
  });

  it('stops after totalPages, counted from a zero start page', async () => {
    const { server: s, http } = await serve((req, res) => json(res, 200, { pages: 2, rows: [query(req).get('p')] }));
    const items = await collect(
      http.items(
        { url: '/p' },
        {
          paginator: new PageNumberPaginator({ pageParam: 'p', startPage: 0, totalPages: 'pages' }),
          items: (r) => (r.data as { rows: string[] }).rows,
        },
      ),
    );
    expect(items).toEqual(['0', '1']);
    expect(s.requests).toHaveLength(2);
  });
});

describe('paging loop', () => {
  it('SinglePage sends one request', async () => {
    const { server: s, http } = await serve((_req, res) => json(res, 200, [1, 2, 3], { link: '</again>; rel="next"' }));
    expect(await collect(http.items({ url: '/one' }, { paginator: new SinglePage() }))).toEqual([1, 2, 3]);
    expect(s.requests).toHaveLength(1);
  });

  it('reuses a paginator for a second request from a fresh state', async () => {
    const { http } = await serve((req, res) => json(res, 200, Number(query(req).get('offset')) === 0 ? ['x'] : []));
    const paginator = new OffsetPaginator({ limit: 1 });
    expect(await collect(http.items({ url: '/a' }, { paginator }))).toEqual(['x']);
    expect(await collect(http.items({ url: '/b' }, { paginator }))).toEqual(['x']);
  });

  it('requires an items function when the body is not an array', async () => {
    const { http } = await serve((_req, res) => json(res, 200, { values: [] }));
    const error = await failure(collect(http.items({ url: '/obj' }, { paginator: new SinglePage() })));
    expect(error.failureType).toBe('system_error');
    expect(error.message).toContain('pass an `items` function');
  });

  it('yields nothing for an ignored response and stops at maxPages', async () => {
    const { server: s, http } = await serve((req, res) =>
      req.url.startsWith('/gone')
        ? json(res, 404, {})
        : json(res, 200, [1], { link: `</more?n=${s.requests.length}>; rel="next"` }),
    );
    const gone = await collect(
      http.items(
        {
          url: '/gone',
          classify: (o, c) =>
            o.kind === 'response' && o.response.status === 404 ? { action: 'ignore' } : defaultClassifier(o, c),
        },
        { paginator: new LinkHeaderPaginator() },
      ),
    );
    expect(gone).toEqual([]);
    const limited = await collect(http.items({ url: '/more' }, { paginator: new LinkHeaderPaginator(), maxPages: 3 }));
    expect(limited).toEqual([1, 1, 1]);
  });
});
