import { optionalInteger, optionalString, type RecordObject } from '../record-fields.js';

const PULL_URL = /\/pulls?\/(\d+)(?:[/?#]|$)/;

/**
 * The number of the pull request a review or review comment belongs to: `pull_number` or
 * `pull_request_number` when the record has one, else the end of `pull_request_url` (REST
 * `.../pulls/42`, web `.../pull/42`) or of `_links.pull_request.href`.
 */
export function pullNumberOf(record: RecordObject): number {
  const direct = optionalInteger(record, 'pull_number') ?? optionalInteger(record, 'pull_request_number');
  if (direct !== undefined) return direct;
  for (const field of ['pull_request_url', '_links.pull_request.href']) {
    const url = optionalString(record, field);
    const match = url === undefined ? null : PULL_URL.exec(url);
    if (match?.[1]) return Number(match[1]);
  }
  throw new Error('field pull_request_url: required (a pull request URL ending in /pulls/<number>)');
}
