import type { GithubRepository, World } from '../world/index.js';

/**
 * A collaborator's role on a repository: `admin` for members of an owning organisation's teams with
 * admin permission, `write` for the other members (the world has no outside collaborators). REST's
 * `role_name` and GraphQL's `RepositoryCollaboratorEdge.permission` (`ADMIN`, `WRITE`) both come from it.
 */
export function collaboratorRole(world: World, repo: GithubRepository, login: string): 'admin' | 'write' {
  const admin = world.github.teams.group(repo.owner).some((t) => t.permission === 'admin' && t.members.includes(login));
  return admin ? 'admin' : 'write';
}
