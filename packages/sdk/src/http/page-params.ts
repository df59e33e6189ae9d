import { systemError } from '../errors/airbyte-error.js';
import type { HttpRequest, HttpResponse, QueryValue } from './http-request.js';

/** Where a paginator puts its parameters: the query string or the JSON body (e.g. a search POST). */
export type ParamLocation = 'query' | 'body';

/** Reads a value from a response: a dotted path into the body (`meta.next_cursor`) or a function. */
export type ResponseField<V> = string | ((response: HttpResponse) => V | undefined);

/** The request with one paging parameter set, in the query string or in the body object. */
export function withPageParam(
  request: HttpRequest,
  location: ParamLocation,
  name: string,
  value: QueryValue,
): HttpRequest {
  if (location === 'query') return { ...request, params: { ...request.params, [name]: value } };
  const body = request.data ?? {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw systemError(`Cannot put paging parameter "${name}" in a request body that is not a JSON object`);
  }
  return { ...request, data: { ...body, [name]: value } };
}

/** The value a {@link ResponseField} points at, or undefined. */
export function readField<V>(response: HttpResponse, field: ResponseField<V>): unknown {
  if (typeof field === 'function') return field(response);
  let current: unknown = response.data;
  for (const key of field.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A finite number from a field (numbers or numeric strings), else undefined. */
export function readNumber(response: HttpResponse, field: ResponseField<number> | undefined): number | undefined {
  if (field === undefined) return undefined;
  const value = readField(response, field);
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
