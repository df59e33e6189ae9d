import type { HttpRequest, HttpResponse } from './http-request.js';
import { type ParamLocation, type ResponseField, readNumber, withPageParam } from './page-params.js';
import type { Paginator } from './paginator.js';

/** Options of {@link OffsetPaginator}. */
export interface OffsetPaginatorOptions {
  /** Items asked for per page. */
  readonly limit: number;
  /** Default `offset` (Jira: `startAt`). */
  readonly offsetParam?: string;
  /** Default `limit` (Jira: `maxResults`). */
  readonly limitParam?: string;
  /** Default 0. */
  readonly startOffset?: number;
  /** Where the total item count is (dotted body path or function), when the API gives one. */
  readonly total?: ResponseField<number>;
  /** `query` (default) or `body`. */
  readonly location?: ParamLocation;
}

/**
 * Pages with an offset and a limit. The offset advances by the items actually received, so a
 * server that caps the page size loses nothing. Without a total, a short page is the last; with
 * one, paging goes on until the offset reaches it (or a page is empty).
 */
export class OffsetPaginator implements Paginator {
  private offset = 0;
  private finished = false;

  constructor(private readonly options: OffsetPaginatorOptions) {}

  get done(): boolean {
    return this.finished;
  }

  start(request: HttpRequest): HttpRequest {
    this.offset = this.options.startOffset ?? 0;
    this.finished = false;
    return this.withOffset(request);
  }

  onPage(response: HttpResponse, items: readonly unknown[]): void {
    this.offset += items.length;
    const total = readNumber(response, this.options.total);
    this.finished =
      items.length === 0 || (total === undefined ? items.length < this.options.limit : this.offset >= total);
  }

  nextRequest(previous: HttpRequest): HttpRequest {
    return this.withOffset(previous);
  }

  private withOffset(request: HttpRequest): HttpRequest {
    const location = this.options.location ?? 'query';
    const limited = withPageParam(request, location, this.options.limitParam ?? 'limit', this.options.limit);
    return withPageParam(limited, location, this.options.offsetParam ?? 'offset', this.offset);
  }
}
