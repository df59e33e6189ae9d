// URLs as Jenkins writes them: every item name is one raw-encoded path segment under `job/`.

const UNRESERVED = /[A-Za-z0-9._-]/;

/**
 * Encodes an item name as one URL path segment the way Jenkins' `Util.rawEncode` does: everything
 * but letters, digits, `.`, `_` and `-` is percent-encoded as UTF-8, so a branch job named
 * `feature%2Ffoo` becomes `feature%252Ffoo` and a space `%20`.
 */
export function encodeItemName(name: string): string {
  let out = '';
  for (const c of name) {
    if (UNRESERVED.test(c)) out += c;
    else for (const byte of Buffer.from(c, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** An item's path relative to the root URL, with a trailing slash: `job/a/job/b%20c/`. */
export function itemPath(fullName: string): string {
  // Item names never hold '/': branch names are stored with it encoded (`feature%2Ffoo`).
  return fullName
    .split('/')
    .map((name) => `job/${encodeItemName(name)}/`)
    .join('');
}

/** The absolute URL of an item: `<root>job/a/job/b/`. `rootUrl` ends with a slash. */
export function itemUrl(rootUrl: string, fullName: string): string {
  return `${rootUrl}${itemPath(fullName)}`;
}

/** The absolute URL of a build: `<root>job/a/45/`. */
export function buildUrl(rootUrl: string, job: string, number: number): string {
  return `${itemUrl(rootUrl, job)}${number}/`;
}

/** The build permalinks Jenkins resolves under a job. */
export const PERMALINKS = [
  'lastBuild',
  'lastCompletedBuild',
  'lastSuccessfulBuild',
  'lastFailedBuild',
  'lastStableBuild',
  'lastUnstableBuild',
  'lastUnsuccessfulBuild',
] as const;

/** A build permalink name. */
export type Permalink = (typeof PERMALINKS)[number];

/** What an `/api/json` path designates. */
export type JenkinsTarget =
  | { readonly kind: 'root' }
  | { readonly kind: 'crumbIssuer' }
  | { readonly kind: 'item'; readonly path: readonly string[] }
  | { readonly kind: 'build'; readonly path: readonly string[]; readonly build: number | Permalink };

const isPermalink = (segment: string): segment is Permalink => (PERMALINKS as readonly string[]).includes(segment);

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Reads a request path: `/api/json`, `/crumbIssuer/api/json`, `/job/a/job/b/api/json`,
 * `/job/a/45/api/json` or `/job/a/lastBuild/api/json` (names decoded once). Anything else,
 * including a path without `api/json`, gives undefined.
 */
export function parseJenkinsPath(pathname: string): JenkinsTarget | undefined {
  const trimmed = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  if (!trimmed.endsWith('/api/json')) return undefined;
  const segments = trimmed.slice(1, -'/api/json'.length).split('/');
  if (segments.length === 1 && segments[0] === '') return { kind: 'root' };
  if (segments.length === 1 && segments[0] === 'crumbIssuer') return { kind: 'crumbIssuer' };
  const path: string[] = [];
  let i = 0;
  while (i + 1 < segments.length && segments[i] === 'job') {
    const name = decodeSegment(segments[i + 1] as string);
    if (name === undefined || name === '') return undefined;
    path.push(name);
    i += 2;
  }
  if (path.length === 0) return undefined;
  if (i === segments.length) return { kind: 'item', path };
  if (i + 1 !== segments.length) return undefined;
  const last = segments[i] as string;
  if (isPermalink(last)) return { kind: 'build', path, build: last };
  if (/^[1-9][0-9]{0,9}$/.test(last)) return { kind: 'build', path, build: Number(last) };
  return undefined;
}
