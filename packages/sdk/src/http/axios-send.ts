import { AxiosError, type AxiosInstance, type AxiosResponse } from 'axios';
import type { HttpRequest, HttpResponse, Send } from './http-request.js';
import { urlWithParams } from './request-url.js';
import { TransportError } from './transport-error.js';

/** What the last step adds to every request: defaults that never appear in `HttpResponse.request`. */
export interface SendDefaults {
  readonly timeoutMs: number;
  /** Default and auth headers; the request's own headers win. */
  readonly headers: Readonly<Record<string, string>>;
  /** Applies query-string auth to the final URL. */
  readonly finalUrl: (url: string) => string;
}

/**
 * The one place that calls axios: every status resolves (the classifier judges it), and every
 * axios error becomes a {@link TransportError}, so its config (with the auth headers) goes no further.
 */
export function axiosSend(instance: AxiosInstance, defaults: SendDefaults): Send {
  return async (request) => {
    let response: AxiosResponse;
    try {
      response = await instance.request({
        method: request.method ?? 'GET',
        url: defaults.finalUrl(urlWithParams(request.url, request.params)),
        headers: { ...defaults.headers, ...request.headers },
        data: request.data,
        timeout: request.timeoutMs ?? defaults.timeoutMs,
        signal: request.signal,
        responseType: request.responseType === 'text' ? 'text' : 'json',
        validateStatus: () => true,
        // Timeouts get ETIMEDOUT instead of the ambiguous ECONNABORTED.
        transitional: { clarifyTimeoutError: true },
      });
    } catch (error) {
      throw toTransportError(error);
    }
    return toHttpResponse(response, request);
  };
}

function toHttpResponse(response: AxiosResponse, request: HttpRequest): HttpResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (value === undefined || value === null) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return {
    status: response.status,
    statusText: response.statusText ?? '',
    headers,
    data: response.data,
    request,
    ignored: false,
  };
}

/** A transport failure from any error axios throws, keeping only its code and a short description. */
export function toTransportError(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  if (error instanceof AxiosError || (error instanceof Error && 'code' in error)) {
    const code = typeof error.code === 'string' && error.code !== '' ? error.code : 'ERR_NETWORK';
    return new TransportError(code, describe(code, error.message));
  }
  return new TransportError('ERR_UNKNOWN', error instanceof Error ? error.message : String(error));
}

// Our own words for the common codes: the transport's messages may quote hosts and paths.
function describe(code: string, fallback: string): string {
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset by the server';
    case 'ETIMEDOUT':
    case 'ECONNABORTED':
    case 'ERR_SOCKET_CONNECTION_TIMEOUT':
      return 'timed out';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ERR_CANCELED':
      return 'aborted';
    default:
      return fallback;
  }
}
