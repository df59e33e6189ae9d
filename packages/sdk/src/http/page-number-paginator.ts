import type { HttpRequest, HttpResponse } from './http-request.js';
import { type ParamLocation, type ResponseField, readNumber, withPageParam } from './page-params.js';
import type { Paginator } from './paginator.js';

/** Options of {@link PageNumberPaginator}. */
export interface PageNumberPaginatorOptions {
  /** Default `page`. */
  readonly pageParam?: string;
  /** The first page's number. Default 1. */
  readonly startPage?: number;
  /** Items asked for per page; a shorter page is the last. */
  readonly pageSize?: number;
  /** The parameter for `pageSize`. Default `per_page`. */
  readonly pageSizeParam?: string;
  /** Where the number of pages is (dotted body path or function), when the API gives it. */
  readonly totalPages?: ResponseField<number>;
  /** `query` (default) or `body`. */
  readonly location?: ParamLocation;
}

/**
 * Pages with a page number. Paging ends on an empty page, on a page shorter than `pageSize`, or
 * after the page numbered `totalPages` (counted from `startPage`).
 */
export class PageNumberPaginator implements Paginator {
  private page = 1;
  private finished = false;

  constructor(private readonly options: PageNumberPaginatorOptions = {}) {}

  get done(): boolean {
    return this.finished;
  }

  start(request: HttpRequest): HttpRequest {
    this.page = this.options.startPage ?? 1;
    this.finished = false;
    return this.withPage(request);
  }

  onPage(response: HttpResponse, items: readonly unknown[]): void {
    const totalPages = readNumber(response, this.options.totalPages);
    const pagesRead = this.page - (this.options.startPage ?? 1) + 1;
    const short = this.options.pageSize !== undefined && items.length < this.options.pageSize;
    this.finished = items.length === 0 || short || (totalPages !== undefined && pagesRead >= totalPages);
    this.page += 1;
  }

  nextRequest(previous: HttpRequest): HttpRequest {
    return this.withPage(previous);
  }

  private withPage(request: HttpRequest): HttpRequest {
    const location = this.options.location ?? 'query';
    const sized =
      this.options.pageSize === undefined
        ? request
        : withPageParam(request, location, this.options.pageSizeParam ?? 'per_page', this.options.pageSize);
    return withPageParam(sized, location, this.options.pageParam ?? 'page', this.page);
  }
}
