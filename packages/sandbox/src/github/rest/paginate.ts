import { invalidParameter } from './github-error.js';
import type { RestAnswer, RestRequest } from './rest-route.js';

/** The page GitHub serves: `per_page` (default 30, capped at 100) and `page` (from 1). */
export interface PageWindow {
  readonly perPage: number;
  readonly page: number;
}

const intParam = (value: string | null): number | undefined => {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
};

/** `per_page` and `page` of a request, as GitHub reads them (bad values fall back to the defaults). */
export function pageWindow(req: RestRequest, defaultPerPage = 30): PageWindow {
  const perPage = intParam(req.query.get('per_page'));
  const page = intParam(req.query.get('page'));
  return {
    perPage: perPage === undefined || perPage < 1 ? defaultPerPage : Math.min(perPage, 100),
    page: page === undefined || page < 1 ? 1 : page,
  };
}

/** The `Link` header of page `page` of `lastPage` (absent when everything fits on one page). */
export function linkHeader(url: URL, page: number, lastPage: number): string | undefined {
  if (lastPage <= 1 && page <= 1) return undefined;
  const at = (n: number): string => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return target.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${at(Math.min(page - 1, Math.max(lastPage, 1)))}>; rel="prev"`);
  if (page < lastPage) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`);
  return links.join(', ');
}

/** One page of `items` and its Link header. */
export function pageOf<T>(req: RestRequest, items: readonly T[], defaultPerPage = 30): { items: T[]; link?: string } {
  const { perPage, page } = pageWindow(req, defaultPerPage);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const link = linkHeader(req.url, page, lastPage);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  return link === undefined ? { items: slice } : { items: slice, link };
}

/** A 200 answer with one page of a list (a bare JSON array). */
export function pagedList<T>(req: RestRequest, items: readonly T[], render: (item: T) => unknown): RestAnswer {
  const { items: slice, link } = pageOf(req, items);
  return { status: 200, body: slice.map(render), headers: link === undefined ? {} : { link } };
}

/** A 200 answer with one page of a wrapped list: `{total_count, <key>: [...]}` (Actions, installations). */
export function pagedWrapper<T>(
  req: RestRequest,
  key: string,
  items: readonly T[],
  render: (item: T) => unknown,
  extra: Record<string, unknown> = {},
): RestAnswer {
  const { items: slice, link } = pageOf(req, items);
  return {
    status: 200,
    body: { total_count: items.length, [key]: slice.map(render), ...extra },
    headers: link === undefined ? {} : { link },
  };
}

/** A query parameter that must be one of `allowed` (default `fallback`); anything else is GitHub's 422. */
export function choice<T extends string>(
  req: RestRequest,
  name: string,
  allowed: readonly T[],
  fallback: T,
  resource: string,
): T {
  const value = req.query.get(name);
  if (value === null || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw invalidParameter(resource, name, value);
  return value as T;
}

/** An ISO 8601 time parameter (`since`, `until`) as epoch ms; 422 when unreadable. */
export function timeParam(req: RestRequest, name: string, resource: string): number | undefined {
  const value = req.query.get(name);
  if (value === null || value === '') return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw invalidParameter(resource, name, value);
  return ms;
}

/** Sorts by `key` in `direction`, ties by `tie` ascending (stable, deterministic). */
export function sortBy<T>(
  items: T[],
  key: (item: T) => number,
  direction: 'asc' | 'desc',
  tie: (item: T) => number,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return items.sort((a, b) => sign * (key(a) - key(b)) || tie(a) - tie(b));
}
