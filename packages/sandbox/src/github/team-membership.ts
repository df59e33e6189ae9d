import type { GithubTeam, World } from '../world/index.js';

/** Which members of a team to list, as GraphQL's `TeamMembershipType` names them. */
export type TeamMembership = 'ALL' | 'IMMEDIATE' | 'CHILD_TEAM';

/**
 * The logins of a team's members. GitHub's REST list "will include the members of child teams", and
 * GraphQL's `Team.members(membership:)` defaults to `ALL`: the team's own members first, then those
 * of its child teams (recursively) who are not members themselves.
 */
export function teamMemberLogins(world: World, team: GithubTeam, membership: TeamMembership = 'ALL'): string[] {
  const own = new Set(team.members);
  const inherited: string[] = [];
  const seen = new Set<string>([team.slug]);
  const visit = (parentSlug: string): void => {
    for (const child of world.github.teams.group(team.org)) {
      if (child.parentSlug !== parentSlug || seen.has(child.slug)) continue;
      seen.add(child.slug);
      for (const login of child.members) if (!own.has(login) && !inherited.includes(login)) inherited.push(login);
      visit(child.slug);
    }
  };
  visit(team.slug);
  if (membership === 'IMMEDIATE') return [...team.members];
  if (membership === 'CHILD_TEAM') return inherited;
  return [...team.members, ...inherited];
}

/** A team's maintainer: its first own member (the world records no roles). */
export function isTeamMaintainer(team: GithubTeam, login: string): boolean {
  return team.members[0] === login;
}

/** Organisation owners: members of the organisation's teams with `admin` permission. */
export function organizationAdmins(world: World, org: string): Set<string> {
  return new Set(
    world.github.teams
      .group(org)
      .filter((t) => t.permission === 'admin')
      .flatMap((t) => t.members),
  );
}
