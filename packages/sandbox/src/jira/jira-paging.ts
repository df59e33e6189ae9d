import type { JiraRequest } from './jira-route.js';

/** An offset page as asked: where it starts and how many it holds at most (already clamped). */
export interface PageRequest {
  readonly startAt: number;
  readonly maxResults: number;
}

const intParam = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : Number.NaN;
  return Number.isInteger(n) ? n : undefined;
};

/** A query-string (or POST body) parameter. */
export function param(request: JiraRequest, name: string): string | undefined {
  const fromQuery = request.url.searchParams.get(name);
  if (fromQuery !== null) return fromQuery;
  const body = request.body;
  if (typeof body === 'object' && body !== null && name in body) {
    const value = (body as Record<string, unknown>)[name];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/**
 * `startAt`/`maxResults` as Jira reads them: missing or negative values take the defaults, and
 * `maxResults` above the endpoint's cap silently becomes the cap (the answer reports what was used).
 */
export function pageRequest(request: JiraRequest, defaultMax: number, cap: number): PageRequest {
  const startAt = Math.max(0, intParam(param(request, 'startAt')) ?? 0);
  const asked = intParam(param(request, 'maxResults'));
  const maxResults = asked === undefined || asked < 0 ? defaultMax : Math.min(asked, cap);
  return { startAt, maxResults };
}

/** A `PageBean`: `{self, nextPage?, maxResults, startAt, total, isLast, values}`. */
export function pageBean<T>(
  request: JiraRequest,
  items: readonly T[],
  page: PageRequest,
  render: (item: T) => unknown,
): Record<string, unknown> {
  const values = items.slice(page.startAt, page.startAt + page.maxResults);
  const isLast = page.startAt + values.length >= items.length;
  const self = `${request.view.base}${request.url.pathname}${request.url.search}`;
  const next = new URL(self);
  next.searchParams.set('startAt', String(page.startAt + values.length));
  next.searchParams.set('maxResults', String(page.maxResults));
  return {
    self,
    ...(isLast ? {} : { nextPage: next.toString() }),
    maxResults: page.maxResults,
    startAt: page.startAt,
    total: items.length,
    isLast,
    values: values.map(render),
  };
}
