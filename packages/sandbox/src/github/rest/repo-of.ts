import type { GithubRepository } from '../../world/index.js';
import { findRepository } from './github-context.js';
import { GithubError, notFound } from './github-error.js';
import type { RestRequest } from './rest-route.js';

/** The repository of `/repos/{owner}/{repo}/...`; 404 when absent or invisible to the credential. */
export function repoOf(req: RestRequest): GithubRepository {
  const repo = findRepository(req.ctx, `${req.params.owner}/${req.params.repo}`);
  if (repo === undefined) throw notFound();
  return repo;
}

/** Whether a repository has no commits (GitHub answers 409 on its git data). */
export const isEmptyRepository = (req: RestRequest, repo: GithubRepository): boolean =>
  req.ctx.world.github.commits.group(repo.fullName).length === 0;

/** GitHub's 409 for git data of an empty repository. */
export const emptyRepositoryError = (): GithubError => new GithubError(409, 'Git Repository is empty.');

/** A positive integer path parameter; 404 otherwise (GitHub routes no such path). */
export function intParam(req: RestRequest, name: string): number {
  const value = req.params[name] ?? '';
  if (!/^\d+$/.test(value)) throw notFound();
  return Number(value);
}
