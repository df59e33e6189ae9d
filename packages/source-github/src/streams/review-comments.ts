import type { GithubContext } from './github-context.js';
import { renameReactions } from './rename-reactions.js';
import { RepoListStream } from './repo-list-stream.js';

/** `review_comments`: comments on pull request diffs, incremental on `updated_at`, oldest first. */
export function reviewCommentsStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'review_comments',
    route: 'GET /repos/{owner}/{repo}/pulls/comments',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
    sortedByCursor: true,
    conditional: true,
    params: (since) => ({ sort: 'updated', direction: 'asc', since }),
    transform: renameReactions,
  });
}
