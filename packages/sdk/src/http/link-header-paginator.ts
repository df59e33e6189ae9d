import type { HttpRequest, HttpResponse } from './http-request.js';
import type { Paginator } from './paginator.js';

/**
 * Follows the `Link` header's `rel="next"` URL (GitHub, GitLab, RFC 8288) until a page has none.
 * The next URL already carries the query, so the request's `params` are dropped.
 */
export class LinkHeaderPaginator implements Paginator {
  private next: string | undefined;
  private finished = false;

  get done(): boolean {
    return this.finished;
  }

  start(request: HttpRequest): HttpRequest {
    this.next = undefined;
    this.finished = false;
    return request;
  }

  onPage(response: HttpResponse): void {
    const link = parseLinkHeader(response.headers.link ?? '').next;
    // A relative link is relative to the URL that returned it.
    this.next = link === undefined ? undefined : new URL(link, response.request.url).toString();
    this.finished = this.next === undefined;
  }

  nextRequest(previous: HttpRequest): HttpRequest {
    if (this.next === undefined) return previous;
    return { ...previous, url: this.next, params: undefined };
  }
}

/** The URLs of a `Link` header by relation: `<a>; rel="next", <b>; rel="last"` → `{next: 'a', last: 'b'}`. */
export function parseLinkHeader(value: string): Record<string, string> {
  const links: Record<string, string> = {};
  // Each link is `<uri>` followed by `;`-separated parameters up to the next `<`.
  for (const match of value.matchAll(/<([^>]*)>([^<]*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? '');
    const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    for (const relation of relations) {
      if (relation && links[relation] === undefined) links[relation] = match[1] ?? '';
    }
  }
  return links;
}
