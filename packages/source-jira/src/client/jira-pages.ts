import {
  CursorPaginator,
  type HttpRequest,
  type HttpResponse,
  OffsetPaginator,
  type Paginator,
  SinglePage,
} from '@faros-ce/sdk';
import type { JiraClient } from './jira-client.js';

/** The ways Jira pages a list, per endpoint. */
export type JiraPaging =
  /** `{values, startAt, total?, isLast?}`: the PageBean of most v3 lists and of the agile API. */
  | { readonly kind: 'values' }
  /** `{<container>, startAt, maxResults, total}`: search on DC, agile issues, comments, worklogs. */
  | { readonly kind: 'container'; readonly container: string }
  /** A bare array with `startAt`/`maxResults` and no total (user search). */
  | { readonly kind: 'array' }
  /** A bare array, not paged (fields, issue types, DC projects). */
  | { readonly kind: 'single' }
  /** `{<container>, nextPageToken?, isLast}`: Cloud's enhanced JQL search. */
  | { readonly kind: 'token'; readonly container: string };

/** Reads a list of any paging kind; the page size is the request's `maxResults`. */
export async function* jiraItems<T = Record<string, unknown>>(
  client: JiraClient,
  request: HttpRequest,
  paging: JiraPaging,
  pageSize: number,
): AsyncGenerator<T, void, undefined> {
  const { paginator, items } = pagingOf(paging, pageSize);
  yield* client.http.items<T>(request, { paginator, items: items as (r: HttpResponse) => readonly T[] });
}

function pagingOf(
  paging: JiraPaging,
  pageSize: number,
): { paginator: Paginator; items: (r: HttpResponse) => readonly unknown[] } {
  const offset = (total: (r: HttpResponse) => number | undefined): Paginator =>
    new OffsetPaginator({ limit: pageSize, offsetParam: 'startAt', limitParam: 'maxResults', total });
  switch (paging.kind) {
    case 'values':
      // Jira may cap maxResults below what was asked: trust isLast or total, never a short page.
      return { paginator: offset(pageBeanTotal), items: (r) => arrayAt(r.data, 'values') };
    case 'container':
      return { paginator: offset((r) => numberAt(r.data, 'total')), items: (r) => arrayAt(r.data, paging.container) };
    case 'array':
      return { paginator: offset(() => undefined), items: (r) => (Array.isArray(r.data) ? r.data : []) };
    case 'single':
      return { paginator: new SinglePage(), items: (r) => (Array.isArray(r.data) ? r.data : []) };
    case 'token':
      return {
        paginator: new CursorPaginator({ cursor: 'nextPageToken', param: 'nextPageToken' }),
        items: (r) => arrayAt(r.data, paging.container),
      };
  }
}

// isLast wins over total (sprint pages have no total); with neither, paging stops on an empty page.
function pageBeanTotal(response: HttpResponse): number {
  const data = response.data as Record<string, unknown> | null;
  if (data?.isLast === true) return 0;
  if (data?.isLast === false) return Number.MAX_SAFE_INTEGER;
  return numberAt(data, 'total') ?? Number.MAX_SAFE_INTEGER;
}

function arrayAt(data: unknown, key: string): readonly unknown[] {
  const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value : [];
}

function numberAt(data: unknown, key: string): number | undefined {
  const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' ? value : undefined;
}
