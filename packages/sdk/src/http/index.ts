// Public API of the HTTP client: named exports only; the lead wires them into src/index.ts.
export type { CursorPaginatorOptions } from './cursor-paginator.js';
export { CursorPaginator } from './cursor-paginator.js';
export type {
  ClassifyContext,
  ErrorClassifier,
  HttpOutcome,
  Resolution,
  ResolutionAction,
} from './default-classifier.js';
export { defaultClassifier } from './default-classifier.js';
export type { HttpAuth } from './http-auth.js';
export type { HttpClient, HttpClientOptions, RequestOptions, TransportOptions } from './http-client.js';
export { createHttpClient } from './http-client.js';
export type {
  HttpMethod,
  HttpRequest,
  HttpResponse,
  QueryParams,
  QueryValue,
  RequestHook,
  Send,
} from './http-request.js';
export { LinkHeaderPaginator, parseLinkHeader } from './link-header-paginator.js';
export type { OffsetPaginatorOptions } from './offset-paginator.js';
export { OffsetPaginator } from './offset-paginator.js';
export type { PageNumberPaginatorOptions } from './page-number-paginator.js';
export { PageNumberPaginator } from './page-number-paginator.js';
export type { ParamLocation, ResponseField } from './page-params.js';
export type { Page, PageOptions } from './paginate.js';
export type { Paginator } from './paginator.js';
export { SinglePage } from './paginator.js';
export { isQuotaExhausted, rateLimitWaitMs, retryAfterMs } from './rate-limit-headers.js';
export { isSecretName, safeUrl } from './safe-url.js';
export type { RateLimitListener, RetryOptions } from './send-with-retry.js';
export { DEFAULT_RETRY } from './send-with-retry.js';
