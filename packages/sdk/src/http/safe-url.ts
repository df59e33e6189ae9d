import { MASK } from '../config/secret-masker.js';

// Words that make a query parameter or header name secret-looking, once the name is split into words.
const SECRET_WORDS = new Set([
  'token',
  'secret',
  'password',
  'passwd',
  'pwd',
  'apikey',
  'signature',
  'sig',
  'credential',
  'credentials',
  'jwt',
  'auth',
  'authorization',
  'cookie',
  'session',
  'sessionid',
]);
// "key" alone is too common (sort_key); these words before it make it secret.
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'secret', 'client', 'auth', 'x']);

/**
 * True when a query parameter or header name looks like it carries a secret: `access_token`,
 * `apiKey`, `client_secret`, `X-Amz-Signature`, `Authorization`, `key`... (not `author` or `sort_key`).
 */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  if (words.length === 1 && words[0] === 'key') return true;
  return words.some((word, i) => SECRET_WORDS.has(word) || (word === 'key' && KEY_QUALIFIERS.has(words[i - 1] ?? '')));
}

// Parts shorter than this (an empty or one-letter password) would mask ordinary text everywhere.
const MIN_DERIVED_SECRET_LENGTH = 4;

const CREDENTIALS = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i;
const QUERY_PAIR = /([?&])([^=&#]+)=([^&#]*)/g;

/** The URL without `user:password@` and with the values of secret-looking query parameters masked. */
export function safeUrl(url: string): string {
  return url
    .replace(CREDENTIALS, '$1')
    .replace(QUERY_PAIR, (pair, sep: string, name: string) =>
      isSecretName(decodeSafe(name)) ? `${sep}${name}=${MASK}` : pair,
    );
}

/** The secrets carried by a URL: the password (and `user:password`) and secret-looking query values. */
export function urlSecrets(url: string): string[] {
  const secrets: string[] = [];
  const credentials = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*)@/i.exec(url)?.[1];
  if (credentials) {
    const decoded = decodeSafe(credentials);
    const colon = decoded.indexOf(':');
    secrets.push(decoded);
    if (colon >= 0) secrets.push(decoded.slice(colon + 1));
  }
  for (const match of url.matchAll(QUERY_PAIR)) {
    if (isSecretName(decodeSafe(match[2] ?? ''))) secrets.push(decodeSafe((match[3] ?? '').replace(/\+/g, ' ')));
  }
  return secrets.filter((s) => s.length >= MIN_DERIVED_SECRET_LENGTH);
}

/** The secrets in a header's value: the whole value, the credentials after an auth scheme, decoded basic auth. */
export function headerSecrets(name: string, value: string): string[] {
  if (!isSecretName(name)) return [];
  const secrets = [value];
  const scheme = /^([A-Za-z][\w-]*)\s+(\S+)$/.exec(value.trim());
  if (scheme?.[1] && scheme[2]) {
    secrets.push(scheme[2]);
    if (scheme[1].toLowerCase() === 'basic') {
      const decoded = Buffer.from(scheme[2], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon >= 0) secrets.push(decoded, decoded.slice(colon + 1));
    }
  }
  return secrets.filter((s) => s.length >= MIN_DERIVED_SECRET_LENGTH);
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
