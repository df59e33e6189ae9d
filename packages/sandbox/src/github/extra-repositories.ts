import type { GithubRepository, World } from '../world/index.js';

/** The name (under the first organisation) of the repository with no commits: its git data answers 409. */
export const EMPTY_REPOSITORY_NAME = 'sandbox-empty';
/** The name (under the first organisation) of the private repository no sandbox credential can see (404). */
export const HIDDEN_REPOSITORY_NAME = 'security-incidents';

/**
 * Repositories the REST layer adds to the world's: an empty one (the world's all have history) and a
 * private one hidden from every credential. Ids sit just below the world's repository id range.
 */
export function extraRepositories(world: World): GithubRepository[] {
  const org = world.github.organizations.values().next().value;
  if (org === undefined) return [];
  const created = org.createdAt + 86_400_000;
  const base = {
    owner: org.login,
    description: null,
    fork: false,
    archived: false,
    defaultBranch: 'main',
    language: null,
    topics: [],
    hasIssues: true,
    size: 0,
    jiraProject: '',
    mergeStyle: 'squash' as const,
    createdAt: created,
    updatedAt: created,
    pushedAt: created,
  };
  return [
    {
      ...base,
      id: 399_999_998,
      name: EMPTY_REPOSITORY_NAME,
      fullName: `${org.login}/${EMPTY_REPOSITORY_NAME}`,
      private: false,
      visibility: 'public',
      description: 'A repository nobody has pushed to yet.',
    },
    {
      ...base,
      id: 399_999_999,
      name: HIDDEN_REPOSITORY_NAME,
      fullName: `${org.login}/${HIDDEN_REPOSITORY_NAME}`,
      private: true,
      visibility: 'private',
    },
  ];
}
