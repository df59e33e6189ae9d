import type { ErrorClassifier } from './default-classifier.js';

/** HTTP methods the client sends. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/** One value of a query parameter. */
export type QueryValue = string | number | boolean;

/** Query parameters: `undefined` values are left out, arrays repeat the parameter (`a=1&a=2`). */
export type QueryParams = Readonly<Record<string, QueryValue | readonly QueryValue[] | undefined>>;

/**
 * A request as connectors write it. Plain data (plus an abort signal and an optional classifier),
 * so hooks and paginators can derive the next request by copying and changing fields.
 */
export interface HttpRequest {
  /** Default `GET`. */
  readonly method?: HttpMethod;
  /** Absolute, or relative to the client's `baseUrl`. */
  readonly url: string;
  /** Added to the URL's query string. */
  readonly params?: QueryParams;
  /** Sent after the client's default and auth headers, so they win over them. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The body: objects are sent as JSON. */
  readonly data?: unknown;
  /** Overrides the client's timeout for this request. */
  readonly timeoutMs?: number;
  /** `json` (default: parsed when the body is JSON, text otherwise) or `text`. */
  readonly responseType?: 'json' | 'text';
  /** Aborts the request and any retry wait (pass the stream's `ctx.signal`). */
  readonly signal?: AbortSignal;
  /** Overrides the client's classifier for this request (e.g. to ignore a 404 on one endpoint). */
  readonly classify?: ErrorClassifier;
}

/** A response of any status: the classifier, not the transport, decides what is an error. */
export interface HttpResponse<T = unknown> {
  /** The HTTP status code. */
  readonly status: number;
  /** The reason phrase, e.g. `Not Found` (may be empty). */
  readonly statusText: string;
  /** Header names in lower case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body: parsed JSON, or text. Not validated: `T` is what the caller expects. */
  readonly data: T;
  /** The request that got this response, with an absolute URL (auth and default headers are not in it). */
  readonly request: HttpRequest;
  /** True when the classifier chose `ignore`: the caller should treat the response as "no data". */
  readonly ignored: boolean;
}

/** Sends one request; resolves with a response of any status, rejects only when no response came. */
export type Send = (request: HttpRequest) => Promise<HttpResponse>;

/**
 * Wraps the single-attempt send (inside the retry loop), e.g. to refresh a token or throttle.
 * A hook that adds secrets to requests should register them with the client's masker.
 */
export type RequestHook = (next: Send) => Send;
