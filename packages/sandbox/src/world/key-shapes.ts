import type { KeyShape } from './table.js';
import { worldKeys } from './world-keys.js';

// How the scoped tables split the natural keys of `worldKeys` back into scope and local key.

const wholeNumber = (text: string): number | undefined => (/^(0|[1-9][0-9]*)$/.test(text) ? Number(text) : undefined);

/** `owner/name/<segment>/<rest>` -> [`owner/name`, rest] */
function splitRepoChild(key: string, segment: string): readonly [string, string] | undefined {
  const first = key.indexOf('/');
  const second = first < 0 ? -1 : key.indexOf('/', first + 1);
  if (second < 0) return undefined;
  const marker = `/${segment}/`;
  if (!key.startsWith(marker, second)) return undefined;
  return [key.slice(0, second), key.slice(second + marker.length)];
}

/** Children of a repository with a string local key: `owner/name/<segment>/<local>`. */
export function repoChild<T extends { readonly repo: string }>(segment: string, local: (e: T) => string): KeyShape<T> {
  return {
    scope: (e) => e.repo,
    local,
    join: (scope, l) => `${scope}/${segment}/${l}`,
    split: (key) => splitRepoChild(key, segment),
  };
}

/** Children of a repository with a numeric local key: `owner/name/<segment>/<number>`. */
export function repoChildNumber<T extends { readonly repo: string }>(
  segment: string,
  local: (e: T) => number,
): KeyShape<T> {
  return {
    scope: (e) => e.repo,
    local,
    join: (scope, l) => `${scope}/${segment}/${l}`,
    split: (key) => {
      const parts = splitRepoChild(key, segment);
      const n = parts && wholeNumber(parts[1]);
      return parts && n !== undefined ? [parts[0], n] : undefined;
    },
  };
}

/** Issues and pull requests: `owner/name#<number>`. */
export const issueShape: KeyShape<{ readonly repo: string; readonly number: number }> = {
  scope: (e) => e.repo,
  local: (e) => e.number,
  join: (scope, l) => `${scope}#${l}`,
  split: (key) => {
    const i = key.indexOf('#');
    const n = i < 0 ? undefined : wholeNumber(key.slice(i + 1));
    return n === undefined ? undefined : [key.slice(0, i), n];
  },
};

/** Children of a pull request: `owner/name#<number>/<segment>/<id>`, scoped by `owner/name#<number>`. */
export function pullChild<T extends { readonly repo: string; readonly pullNumber: number; readonly id: number }>(
  segment: string,
): KeyShape<T> {
  const marker = `/${segment}/`;
  return {
    scope: (e) => worldKeys.issue(e.repo, e.pullNumber),
    local: (e) => e.id,
    join: (scope, l) => `${scope}${marker}${l}`,
    split: (key) => {
      const i = key.lastIndexOf(marker);
      const n = i < 0 ? undefined : wholeNumber(key.slice(i + marker.length));
      return n === undefined ? undefined : [key.slice(0, i), n];
    },
  };
}

/** Repositories: `owner/name`. */
export const repositoryShape: KeyShape<{ readonly owner: string; readonly name: string }> = {
  scope: (e) => e.owner,
  local: (e) => e.name,
  join: (scope, l) => `${scope}/${l}`,
  split: (key) => {
    const i = key.indexOf('/');
    return i < 0 || key.indexOf('/', i + 1) >= 0 ? undefined : [key.slice(0, i), key.slice(i + 1)];
  },
};

/** Teams: `@org/slug`. */
export const teamShape: KeyShape<{ readonly org: string; readonly slug: string }> = {
  scope: (e) => e.org,
  local: (e) => e.slug,
  join: (scope, l) => worldKeys.team(scope, String(l)),
  split: (key) => {
    const i = key.indexOf('/');
    return key.startsWith('@') && i > 1 ? [key.slice(1, i), key.slice(i + 1)] : undefined;
  },
};

/** Jenkins items: the full name, scoped by the parent's (`''` at the top level). */
export const jenkinsJobShape: KeyShape<{ readonly parent: string | null; readonly name: string }> = {
  scope: (e) => e.parent ?? '',
  local: (e) => e.name,
  join: (scope, l) => (scope === '' ? String(l) : `${scope}/${l}`),
  split: (key) => {
    const i = key.lastIndexOf('/');
    return i < 0 ? ['', key] : [key.slice(0, i), key.slice(i + 1)];
  },
};

/** Jenkins builds: `<job full name>#<number>`. */
export const jenkinsBuildShape: KeyShape<{ readonly job: string; readonly number: number }> = {
  scope: (e) => e.job,
  local: (e) => e.number,
  join: (scope, l) => worldKeys.jenkinsBuild(scope, Number(l)),
  split: (key) => {
    const i = key.lastIndexOf('#');
    const n = i < 0 ? undefined : wholeNumber(key.slice(i + 1));
    return n === undefined ? undefined : [key.slice(0, i), n];
  },
};
