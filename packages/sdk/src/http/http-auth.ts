/**
 * How the client authenticates. The values are registered with the client's masker, so they never
 * appear in error messages or logs.
 */
export type HttpAuth =
  /** `Authorization: Bearer <token>`. */
  | { readonly type: 'bearer'; readonly token: string }
  /** `Authorization: Basic base64(username:password)`. */
  | { readonly type: 'basic'; readonly username: string; readonly password: string }
  /** A header carrying a key, e.g. `X-API-Key`, or `Authorization: token <pat>` with a custom scheme. */
  | { readonly type: 'header'; readonly name: string; readonly value: string }
  /** A query parameter carrying a key, e.g. `api_key`. */
  | { readonly type: 'query'; readonly name: string; readonly value: string };

/** What applying an {@link HttpAuth} takes: headers, an optional query parameter, and the secrets to mask. */
export interface AuthParts {
  readonly headers: Readonly<Record<string, string>>;
  readonly query: { readonly name: string; readonly value: string } | undefined;
  readonly secrets: readonly string[];
}

/** The headers, query parameter and secrets of an auth setting. */
export function authParts(auth: HttpAuth | undefined): AuthParts {
  switch (auth?.type) {
    case undefined:
      return { headers: {}, query: undefined, secrets: [] };
    case 'bearer':
      return { headers: { Authorization: `Bearer ${auth.token}` }, query: undefined, secrets: [auth.token] };
    case 'basic': {
      // The masker also registers each secret's base64 form, which covers the header value.
      const pair = `${auth.username}:${auth.password}`;
      const encoded = Buffer.from(pair, 'utf8').toString('base64');
      return { headers: { Authorization: `Basic ${encoded}` }, query: undefined, secrets: [pair, auth.password] };
    }
    case 'header':
      return {
        headers: { [auth.name]: auth.value },
        query: undefined,
        secrets: [auth.value, ...schemeCredentials(auth.value)],
      };
    case 'query':
      return { headers: {}, query: { name: auth.name, value: auth.value }, secrets: [auth.value] };
  }
}

// `token abc`: "abc" alone may be echoed back by an API, so it is a secret too.
function schemeCredentials(value: string): string[] {
  const credentials = /^[A-Za-z][\w-]*\s+(\S+)$/.exec(value.trim())?.[1];
  return credentials ? [credentials] : [];
}
