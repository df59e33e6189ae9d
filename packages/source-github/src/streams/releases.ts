import type { GithubContext } from './github-context.js';
import { renameReactions } from './rename-reactions.js';
import { RepoListStream } from './repo-list-stream.js';

/**
 * `releases`: incremental on `created_at` (Airbyte's cursor). GitHub lists releases newest first and
 * cannot filter them, so the list is read whole and the cursor moves when the repository is done.
 */
export function releasesStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'releases',
    route: 'GET /repos/{owner}/{repo}/releases',
    primaryKey: [['id']],
    cursorField: ['created_at'],
    transform: renameReactions,
    // Only releases created after the cursor are emitted: a new one is the newest by creation time.
    changeKind: 'releases',
  });
}
