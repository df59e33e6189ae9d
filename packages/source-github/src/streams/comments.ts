import type { GithubContext } from './github-context.js';
import { renameReactions } from './rename-reactions.js';
import { RepoListStream } from './repo-list-stream.js';

/** `comments`: issue and pull request conversation comments, incremental on `updated_at`, oldest first. */
export function commentsStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'comments',
    route: 'GET /repos/{owner}/{repo}/issues/comments',
    primaryKey: [['id']],
    cursorField: ['updated_at'],
    sortedByCursor: true,
    conditional: true,
    params: (since) => ({ sort: 'updated', direction: 'asc', since }),
    transform: renameReactions,
  });
}
