import { createHash } from 'node:crypto';
import type { SecretMasker } from '../config/secret-masker.js';
import { systemError } from '../errors/airbyte-error.js';
import { describeRequest } from './http-error.js';
import type { HttpRequest, HttpResponse } from './http-request.js';
import type { Paginator } from './paginator.js';
import { urlWithParams } from './request-url.js';

/** How to page through an endpoint. */
export interface PageOptions<T> {
  /** Decides the next request; pass a new one (or one not in use) per call. */
  readonly paginator: Paginator;
  /**
   * The items of a page, e.g. `(res) => res.data.values`. Default: the body, which must then be
   * an array (there is no guessing of a records key).
   */
  readonly items?: (response: HttpResponse) => readonly T[];
  /** Stop after this many pages (a safety limit). Default: no limit. */
  readonly maxPages?: number;
}

/** One page: its items and the response they came from. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly response: HttpResponse;
  /** 1 for the first page. */
  readonly number: number;
}

/**
 * The SDK's one paging loop: send, extract the items, let the paginator read the page, yield,
 * and ask it for the next request. Throws a `system_error` when a request repeats an earlier one
 * (the API sent the same link or cursor again), which would otherwise loop forever.
 */
export async function* paginate<T>(
  send: (request: HttpRequest) => Promise<HttpResponse>,
  first: HttpRequest,
  options: PageOptions<T>,
  masker: SecretMasker,
): AsyncGenerator<Page<T>, void, undefined> {
  const { paginator } = options;
  const extract = options.items ?? ((response: HttpResponse) => bodyAsItems<T>(response, masker));
  const seen = new Set<string>();
  let request = paginator.start(first);
  for (let number = 1; options.maxPages === undefined || number <= options.maxPages; number++) {
    const key = requestKey(request);
    if (seen.has(key)) {
      throw systemError(
        `Pagination loop: page ${number} of ${describeRequest(first, masker)} would repeat an earlier request ` +
          `(${describeRequest(request, masker)}); the API returned the same next link or cursor twice`,
      );
    }
    seen.add(key);
    const response = await send(request);
    if (response.ignored) return;
    const items = extract(response);
    paginator.onPage(response, items);
    yield { items, response, number };
    if (paginator.done) return;
    request = paginator.nextRequest(request);
  }
}

function bodyAsItems<T>(response: HttpResponse, masker: SecretMasker): readonly T[] {
  if (Array.isArray(response.data)) return response.data as T[];
  throw systemError(
    `Expected a JSON array from ${describeRequest(response.request, masker)}, got ` +
      `${response.data === null ? 'null' : typeof response.data}; pass an \`items\` function to read the page's items`,
  );
}

// A digest, so that a long crawl keeps a few bytes per page rather than every URL and body.
function requestKey(request: HttpRequest): string {
  const body = request.data === undefined ? '' : JSON.stringify(request.data);
  return createHash('sha256')
    .update(`${request.method ?? 'GET'} ${urlWithParams(request.url, request.params)}\n${body}`)
    .digest('base64');
}
