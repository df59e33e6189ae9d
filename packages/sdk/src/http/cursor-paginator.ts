import type { HttpRequest, HttpResponse } from './http-request.js';
import { type ParamLocation, type ResponseField, readField, withPageParam } from './page-params.js';
import type { Paginator } from './paginator.js';

/** Options of {@link CursorPaginator}. */
export interface CursorPaginatorOptions {
  /** Where the next cursor is in a page: a dotted body path (`meta.next_cursor`) or a function. Empty ends paging. */
  readonly cursor: ResponseField<string | number | null>;
  /** The parameter that sends the cursor back. */
  readonly param: string;
  /** `query` (default) or `body` (a JSON body field, for search POSTs). */
  readonly location?: ParamLocation;
  /** End paging on a page without items even when it has a cursor. Default false: the cursor decides. */
  readonly stopOnEmptyPage?: boolean;
}

/**
 * Pages with a cursor or token the API returns in the body (`next_cursor`, `nextPageToken`...)
 * and expects back in a parameter. Paging ends when the cursor is missing, null or empty.
 */
export class CursorPaginator implements Paginator {
  private cursor: string | undefined;
  private finished = false;

  constructor(private readonly options: CursorPaginatorOptions) {}

  get done(): boolean {
    return this.finished;
  }

  start(request: HttpRequest): HttpRequest {
    this.cursor = undefined;
    this.finished = false;
    return request;
  }

  onPage(response: HttpResponse, items: readonly unknown[]): void {
    const value = readField(response, this.options.cursor);
    this.cursor = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    this.finished = !this.cursor || (this.options.stopOnEmptyPage === true && items.length === 0);
  }

  nextRequest(previous: HttpRequest): HttpRequest {
    if (this.cursor === undefined) return previous;
    return withPageParam(previous, this.options.location ?? 'query', this.options.param, this.cursor);
  }
}
