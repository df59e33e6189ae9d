import type { GithubContext } from './github-context.js';
import { RepoListStream } from './repo-list-stream.js';

/** `tags`: a repository's tags (full refresh; GitHub gives tags no dates). */
export function tagsStream(gh: GithubContext): RepoListStream {
  return new RepoListStream(gh, {
    name: 'tags',
    route: 'GET /repos/{owner}/{repo}/tags',
    primaryKey: [['repository'], ['name']],
  });
}
