import type { IncomingMessage } from 'node:http';
import { JiraError } from './jira-error.js';

/** The credentials a simulator accepts. */
export type JiraCredentials =
  | { readonly flavor: 'cloud'; readonly email: string; readonly token: string }
  | { readonly flavor: 'dataCenter'; readonly token: string };

/** Failed password logins after which Data Center asks for a CAPTCHA (and refuses basic auth). */
export const CAPTCHA_AFTER_FAILURES = 3;

const NOT_AUTHENTICATED = 'You are not authenticated. Authentication required to perform this operation.';

function basicPair(header: string): [string, string] | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

/** Checks a request's credentials; failures per user name feed Data Center's CAPTCHA. */
export class JiraAuth {
  private readonly failures = new Map<string, number>();

  constructor(private readonly credentials: JiraCredentials) {}

  /** @throws JiraError 401 (or Data Center's 403 CAPTCHA) when the request isn't authenticated. */
  check(req: IncomingMessage): void {
    const header = req.headers.authorization ?? '';
    if (this.credentials.flavor === 'cloud') {
      const pair = basicPair(header);
      const ok =
        pair !== undefined &&
        pair[0].toLowerCase() === this.credentials.email.toLowerCase() &&
        pair[1] === this.credentials.token;
      if (!ok) throw new JiraError(401, ['Client must be authenticated to access this resource.']);
      return;
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(header);
    if (bearer) {
      if (bearer[1] === this.credentials.token) return;
      throw new JiraError(401, [NOT_AUTHENTICATED], {}, { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' });
    }
    const pair = basicPair(header);
    if (pair) {
      // No password is valid here (PATs only); repeated failures trip the CAPTCHA as on Data Center.
      const failed = (this.failures.get(pair[0]) ?? 0) + 1;
      this.failures.set(pair[0], failed);
      if (failed > CAPTCHA_AFTER_FAILURES) {
        throw new JiraError(
          403,
          ['CAPTCHA_CHALLENGE; login-url=/login.jsp'],
          {},
          {
            'x-seraph-loginreason': 'AUTHENTICATION_DENIED',
            'x-authentication-denied-reason': 'CAPTCHA_CHALLENGE; login-url=/login.jsp',
          },
        );
      }
      throw new JiraError(401, [NOT_AUTHENTICATED], {}, { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' });
    }
    throw new JiraError(401, [NOT_AUTHENTICATED]);
  }
}
