import type { GithubOctokit } from '../client/github-client.js';

/** A GraphQL error entry (`type`, `path`, `message`). */
export interface GqlError {
  readonly type?: string;
  readonly path?: readonly (string | number)[];
  readonly message?: string;
}

/** The error one alias's part of a batched answer gave, shaped like Octokit's (`errors`). */
export class AliasGraphqlError extends Error {
  constructor(readonly errors: readonly GqlError[]) {
    super(errors.map((e) => e.message ?? e.type ?? 'GraphQL error').join('; '));
  }
}

/**
 * Runs a query of top-level aliases (one per repository or organisation) and splits the answer by
 * alias: each alias's data, or the error of its own part (NOT_FOUND, FORBIDDEN: the errors whose path
 * starts with it) while the others keep theirs. An error of the whole query is thrown.
 */
export async function aliasedAnswer(
  octokit: GithubOctokit,
  query: string,
  variables: Record<string, unknown>,
  aliases: readonly string[],
): Promise<Map<string, unknown>> {
  let data: Record<string, unknown>;
  let errors: readonly GqlError[] = [];
  try {
    data = await octokit.graphql<Record<string, unknown>>(query, variables);
  } catch (error) {
    // A partial answer: some aliases failed (each error's path starts with its alias).
    const partial = error as { data?: Record<string, unknown> | null; errors?: readonly GqlError[] };
    const listed = Array.isArray(partial.errors) ? partial.errors : [];
    if (!partial.data || listed.length === 0 || listed.some((e) => typeof e.path?.[0] !== 'string')) throw error;
    data = partial.data;
    errors = listed;
  }
  const parts = new Map<string, unknown>();
  for (const alias of aliases) {
    const own = errors.filter((e) => e.path?.[0] === alias);
    parts.set(alias, own.length > 0 ? new AliasGraphqlError(own) : (data[alias] ?? null));
  }
  return parts;
}
