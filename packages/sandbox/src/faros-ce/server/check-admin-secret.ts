import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { HasuraError } from '../graphql/index.js';

/**
 * Checks `X-Hasura-Admin-Secret` (or the older `X-Hasura-Access-Key`) against the admin secret, with Hasura v2's
 * `access-denied` messages for a missing and a wrong secret (HTTP 401 on the metadata and query APIs).
 */
export function checkAdminSecret(headers: IncomingHttpHeaders, adminSecret: string): void {
  const given = headers['x-hasura-admin-secret'] ?? headers['x-hasura-access-key'];
  const value = Array.isArray(given) ? given[0] : given;
  if (value === undefined) {
    throw new HasuraError(
      'access-denied',
      'x-hasura-admin-secret/x-hasura-access-key required, but not found',
      '$',
      401,
    );
  }
  const expected = Buffer.from(adminSecret, 'utf8');
  const actual = Buffer.from(value, 'utf8');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    throw new HasuraError('access-denied', 'invalid x-hasura-admin-secret/x-hasura-access-key', '$', 401);
  }
}
