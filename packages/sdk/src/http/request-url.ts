import type { QueryParams } from './http-request.js';

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** `url` when absolute, else `baseUrl` and `url` joined with one slash (`https://x/api` + `/issues` = `https://x/api/issues`). */
export function joinUrl(baseUrl: string | undefined, url: string): string {
  if (!baseUrl || ABSOLUTE.test(url)) return url;
  if (url === '') return baseUrl;
  return `${baseUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

/** The URL with `params` appended to its query string (before any fragment). */
export function urlWithParams(url: string, params: QueryParams | undefined): string {
  if (!params) return url;
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const query = search.toString();
  if (query === '') return url;
  const hashAt = url.indexOf('#');
  const base = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${query}${hash}`;
}

/** The URL with the query parameter `name` set to `value`, replacing any earlier value. */
export function urlWithParam(url: string, name: string, value: string): string {
  if (!ABSOLUTE.test(url)) return urlWithParams(url, { [name]: value });
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.toString();
}
