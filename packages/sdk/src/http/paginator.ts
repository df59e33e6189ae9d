import type { HttpRequest, HttpResponse } from './http-request.js';

/**
 * Decides which request fetches the next page. The client's paging loop drives it: `start` once,
 * then for each page `onPage`, and `nextRequest` while not `done`. `start` resets all state, so an
 * instance can be reused for a later request, but never by two loops at once.
 */
export interface Paginator {
  /** True when the last page seen was the final one. */
  readonly done: boolean;
  /** Resets the state and returns the first page's request (e.g. with a page size added). */
  start(request: HttpRequest): HttpRequest;
  /** Reads what the page says about the next one. */
  onPage(response: HttpResponse, items: readonly unknown[]): void;
  /** The request for the next page, derived from the previous one. */
  nextRequest(previous: HttpRequest): HttpRequest;
}

/** One request, one page: for endpoints that do not page. */
export class SinglePage implements Paginator {
  private finished = false;

  get done(): boolean {
    return this.finished;
  }

  start(request: HttpRequest): HttpRequest {
    this.finished = false;
    return request;
  }

  onPage(): void {
    this.finished = true;
  }

  nextRequest(previous: HttpRequest): HttpRequest {
    return previous;
  }
}
