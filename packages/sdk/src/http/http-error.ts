import type { SecretMasker } from '../config/secret-masker.js';
import { AirbyteError } from '../errors/airbyte-error.js';
import type { FailureType } from '../protocol/generated.js';
import type { HttpOutcome, Resolution } from './default-classifier.js';
import type { HttpRequest } from './http-request.js';
import { urlWithParams } from './request-url.js';
import { safeUrl } from './safe-url.js';

const BODY_EXCERPT_CHARS = 300;
// Masking runs before truncation (a cut secret would escape the mask); bound the text it scans.
const BODY_SCAN_CHARS = 8192;

/** How the retry loop got to the failure. */
export interface FailureDetails {
  readonly attempts: number;
  readonly waitedMs: number;
  /** Why the loop stopped when it was still willing to retry (retries or wait budget used up). */
  readonly gaveUp?: string;
}

/** `GET https://host/path?token=****`: the request as it may appear in messages. */
export function describeRequest(request: HttpRequest, masker: SecretMasker): string {
  return masker.mask(`${request.method ?? 'GET'} ${safeUrl(urlWithParams(request.url, request.params))}`);
}

/**
 * The error for a failed request: names the method, the URL without credentials, the status and
 * an excerpt of the body, all passed through the masker. No cause is attached: the transport's
 * objects carry request headers.
 */
export function httpError(
  outcome: HttpOutcome,
  resolution: Resolution,
  details: FailureDetails,
  masker: SecretMasker,
): AirbyteError {
  const failureType: FailureType = resolution.failureType ?? (details.gaveUp ? 'transient_error' : 'system_error');
  const what = outcome.kind === 'response' ? statusText(outcome) : `${outcome.message} (${outcome.code})`;
  const parts = [`${describeRequest(outcome.request, masker)} failed`];
  if (details.gaveUp) parts.push(` after ${plural(details.attempts, 'attempt')} (${details.gaveUp})`);
  parts.push(`: ${what}`);
  if (outcome.kind === 'response') {
    const body = bodyExcerpt(outcome.response.data, masker);
    if (body) parts.push(`: ${body}`);
  }
  if (resolution.message) parts.push(`. ${resolution.message}`);
  const internal = [
    `attempts=${details.attempts}`,
    `waited_ms=${Math.round(details.waitedMs)}`,
    outcome.kind === 'network' ? `code=${outcome.code}` : `status=${outcome.response.status}`,
    `action=${resolution.action}`,
  ];
  const requestId = outcome.kind === 'response' ? requestIdOf(outcome.response.headers) : undefined;
  if (requestId) internal.push(`request_id=${requestId}`);
  return new AirbyteError(masker.mask(parts.join('')), {
    failureType,
    internalMessage: masker.mask(internal.join(' ')),
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function statusText(outcome: Extract<HttpOutcome, { kind: 'response' }>): string {
  const { status, statusText: text } = outcome.response;
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

/** The start of a body as one masked line of at most a few hundred characters. */
export function bodyExcerpt(data: unknown, masker: SecretMasker): string {
  let text: string;
  if (data === undefined || data === null) return '';
  if (typeof data === 'string') text = data;
  else if (Buffer.isBuffer(data)) text = data.subarray(0, BODY_SCAN_CHARS).toString('utf8');
  else if (data instanceof ArrayBuffer) text = Buffer.from(data.slice(0, BODY_SCAN_CHARS)).toString('utf8');
  else {
    try {
      text = JSON.stringify(data) ?? '';
    } catch {
      text = String(data);
    }
  }
  const masked = masker.mask(text.slice(0, BODY_SCAN_CHARS)).replace(/\s+/g, ' ').trim();
  return masked.length > BODY_EXCERPT_CHARS ? `${masked.slice(0, BODY_EXCERPT_CHARS)}…` : masked;
}

function requestIdOf(headers: Readonly<Record<string, string>>): string | undefined {
  return (
    headers['x-request-id'] ?? headers['x-github-request-id'] ?? headers['x-arequestid'] ?? headers['x-amzn-requestid']
  );
}
