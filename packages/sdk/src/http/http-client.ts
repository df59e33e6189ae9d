import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import axios, { type AxiosProxyConfig } from 'axios';
import { SecretMasker } from '../config/secret-masker.js';
import type { Logger } from '../io/connector-output.js';
import { abortableSleep } from './abortable-sleep.js';
import { axiosSend } from './axios-send.js';
import { defaultClassifier, type ErrorClassifier } from './default-classifier.js';
import { authParts, type HttpAuth } from './http-auth.js';
import type { HttpRequest, HttpResponse, RequestHook, Send } from './http-request.js';
import { type Page, type PageOptions, paginate } from './paginate.js';
import { joinUrl, urlWithParam } from './request-url.js';
import { headerSecrets, isSecretName, urlSecrets } from './safe-url.js';
import {
  DEFAULT_RETRY,
  type RateLimitListener,
  type RetryContext,
  type RetryOptions,
  sendWithRetry,
} from './send-with-retry.js';

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Prefix of relative request URLs, e.g. `https://api.github.com`. */
  readonly baseUrl?: string;
  /** Sent with every request. Secret-looking ones (`Authorization`, `X-API-Key`...) are masked. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Credentials added to every request. */
  readonly auth?: HttpAuth;
  /** Default `User-Agent`. */
  readonly userAgent?: string;
  /** Per-attempt timeout in ms (override per request with `timeoutMs`). Default 60 s. */
  readonly timeoutMs?: number;
  /** Retry limits; see {@link DEFAULT_RETRY}. */
  readonly retry?: RetryOptions;
  /** Decides ok / retry / rate limited / fail / ignore. Default {@link defaultClassifier}. */
  readonly classify?: ErrorClassifier;
  /** Wrap each attempt, outermost first (e.g. a throttle, then token refresh). */
  readonly hooks?: readonly RequestHook[];
  /** Shared masker (the runtime's, so logs elsewhere are masked too); the client registers its secrets in it. */
  readonly masker?: SecretMasker;
  /** Receives retry and rate-limit lines, already masked. */
  readonly logger?: Logger;
  /** Called before each rate-limit wait (besides the report to the current stream). */
  readonly onRateLimit?: RateLimitListener;
  /** Transport settings passed to axios (proxy, agents, redirect and size limits). */
  readonly transport?: TransportOptions;
  /** Waits between attempts; tests pass a fake. Must reject when `signal` aborts. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The clock for reset headers and reports. Default `Date.now`. */
  readonly now?: () => number;
  /** Jitter source in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
}

/** Transport settings, passed to axios as they are. */
export interface TransportOptions {
  /** Agent for `http:` URLs (keep-alive, sockets). */
  readonly httpAgent?: HttpAgent;
  /** Agent for `https:` URLs (custom CA, client certificates). */
  readonly httpsAgent?: HttpsAgent;
  /** A proxy, or `false` to ignore the `HTTP(S)_PROXY` environment variables. */
  readonly proxy?: AxiosProxyConfig | false;
  /** Redirects followed. Axios default 21. */
  readonly maxRedirects?: number;
  /** Largest response body in bytes. Default unlimited. */
  readonly maxContentLength?: number;
  /** Largest request body in bytes. Default unlimited. */
  readonly maxBodyLength?: number;
  /** Decompress gzip/deflate/brotli bodies. Default true. */
  readonly decompress?: boolean;
}

/** Options of a request sent with a method shortcut. */
export type RequestOptions = Omit<HttpRequest, 'url' | 'method'>;

/**
 * An HTTP client for a connector: retries, rate limits, classified and masked errors, paging.
 * Every method throws only {@link AirbyteError}s.
 */
export interface HttpClient {
  /** The masker holding the client's secrets; register secrets added by hooks here. */
  readonly masker: SecretMasker;
  /** Sends a request, retrying as the classifier decides. */
  request<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>>;
  /** Sends a GET request. */
  get<T = unknown>(url: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  /** Sends a POST request with `data` as the body (JSON for objects). */
  post<T = unknown>(url: string, data?: unknown, options?: RequestOptions): Promise<HttpResponse<T>>;
  /** The pages of a request, as the paginator walks them. */
  pages<T = unknown>(request: HttpRequest, options: PageOptions<T>): AsyncGenerator<Page<T>, void, undefined>;
  /** The items of all pages, one by one. */
  items<T = unknown>(request: HttpRequest, options: PageOptions<T>): AsyncGenerator<T, void, undefined>;
}

/**
 * Creates an {@link HttpClient}. Each client owns its state (axios instance, masker registrations);
 * nothing is shared between clients.
 *
 * @example
 * const client = createHttpClient({ baseUrl: 'https://api.github.com', auth: { type: 'bearer', token }, masker });
 * for await (const pr of client.items({ url: '/repos/o/r/pulls', params: { per_page: 100 } }, { paginator: new LinkHeaderPaginator() })) { ... }
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  return new AxiosHttpClient(options);
}

class AxiosHttpClient implements HttpClient {
  readonly masker: SecretMasker;
  private readonly send: Send;
  private readonly options: HttpClientOptions;
  private readonly retryContext: RetryContext;

  constructor(options: HttpClientOptions) {
    this.options = options;
    this.masker = options.masker ?? new SecretMasker();
    const auth = authParts(options.auth);
    for (const secret of auth.secrets) this.masker.add(secret);
    const headers = { ...options.headers, ...auth.headers };
    for (const [name, value] of Object.entries(headers)) for (const s of headerSecrets(name, value)) this.masker.add(s);
    if (options.baseUrl) for (const s of urlSecrets(options.baseUrl)) this.masker.add(s);
    const proxyAuth = options.transport?.proxy ? options.transport.proxy.auth : undefined;
    if (proxyAuth) this.masker.add(proxyAuth.password);
    const instance = axios.create({
      ...options.transport,
      headers: { 'User-Agent': options.userAgent ?? 'faros-ce-sdk' },
    });
    const query = auth.query;
    const base = axiosSend(instance, {
      timeoutMs: options.timeoutMs ?? 60_000,
      headers,
      finalUrl: query ? (url) => urlWithParam(url, query.name, query.value) : (url) => url,
    });
    const registering: Send = (request) => {
      this.registerSecrets(request);
      return base(request);
    };
    this.send = (options.hooks ?? []).reduceRight<Send>((next, hook) => hook(next), registering);
    this.retryContext = {
      retry: { ...DEFAULT_RETRY, ...options.retry },
      classify: options.classify ?? defaultClassifier,
      masker: this.masker,
      logger: options.logger,
      onRateLimit: options.onRateLimit,
      sleep: options.sleep ?? abortableSleep,
      now: options.now ?? Date.now,
      random: options.random ?? Math.random,
    };
  }

  request<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>> {
    const absolute = this.absolute(request);
    this.registerSecrets(absolute);
    return sendWithRetry(this.send, absolute, this.retryContext) as Promise<HttpResponse<T>>;
  }

  get<T = unknown>(url: string, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    return this.request<T>({ ...options, url, method: 'GET' });
  }

  post<T = unknown>(url: string, data?: unknown, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    return this.request<T>({ ...options, url, method: 'POST', data });
  }

  pages<T = unknown>(request: HttpRequest, options: PageOptions<T>): AsyncGenerator<Page<T>, void, undefined> {
    return paginate((r) => this.request(r), this.absolute(request), options, this.masker);
  }

  async *items<T = unknown>(request: HttpRequest, options: PageOptions<T>): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages(request, options)) yield* page.items;
  }

  private absolute(request: HttpRequest): HttpRequest {
    return { ...request, url: joinUrl(this.options.baseUrl, request.url) };
  }

  // Secrets a request carries itself (URL credentials, secret query values, auth headers).
  private registerSecrets(request: HttpRequest): void {
    for (const secret of urlSecrets(request.url)) this.masker.add(secret);
    for (const [name, value] of Object.entries(request.params ?? {})) {
      if (typeof value === 'string' && value.length >= 4 && isSecretName(name)) this.masker.add(value);
    }
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      for (const secret of headerSecrets(name, value)) this.masker.add(secret);
    }
  }
}
