import type { GithubTeam } from '../../world/index.js';
import { isTeamMaintainer, organizationAdmins, teamMemberLogins } from '../team-membership.js';
import { notFound } from './github-error.js';
import { teamJson } from './item-json.js';
import { organizationJson } from './org-json.js';
import { choice, pagedList } from './paginate.js';
import { ok, type RestRequest, type RestRoute } from './rest-route.js';
import { fullUser, simpleUser } from './user-json.js';

function orgOf(req: RestRequest) {
  const org = req.ctx.world.github.organizations.get(req.params.org ?? '');
  if (org === undefined) throw notFound();
  return org;
}

function teamOf(req: RestRequest) {
  const org = orgOf(req);
  const team = req.ctx.world.github.teams.get(`@${org.login}/${req.params.team_slug}`);
  if (team === undefined) throw notFound();
  return team;
}

/**
 * A member's role in a team: its maintainer (first own member), and organisation owners, whose role
 * GitHub's docs say "is set to `maintainer`"; everyone else, child-team members included, `member`.
 */
function teamRoleOf(req: RestRequest, team: GithubTeam, login: string): 'maintainer' | 'member' {
  return isTeamMaintainer(team, login) || organizationAdmins(req.ctx.world, team.org).has(login)
    ? 'maintainer'
    : 'member';
}

/** Organisations, their members and teams, and users. */
export const ORG_ROUTES: readonly RestRoute[] = [
  { method: 'GET', path: '/orgs/{org}', handle: (req) => ok(organizationJson(req.ctx, orgOf(req))) },
  {
    method: 'GET',
    path: '/orgs/{org}/members',
    handle(req) {
      const org = orgOf(req);
      choice(req, 'filter', ['all', '2fa_disabled', '2fa_insecure'], 'all', 'Member');
      const role = choice(req, 'role', ['all', 'admin', 'member'], 'all', 'Member');
      const admins = organizationAdmins(req.ctx.world, org.login);
      const members = [...req.ctx.world.github.users]
        .filter((u) => u.orgs.includes(org.login))
        .filter((u) => role === 'all' || (role === 'admin') === admins.has(u.login))
        .sort((a, b) => a.id - b.id);
      return pagedList(req, members, (u) => simpleUser(req.ctx, u));
    },
  },
  {
    method: 'GET',
    path: '/orgs/{org}/teams',
    handle(req) {
      const org = orgOf(req);
      return pagedList(req, req.ctx.world.github.teams.group(org.login), (t) => teamJson(req.ctx, t));
    },
  },
  {
    method: 'GET',
    path: '/orgs/{org}/teams/{team_slug}/members',
    handle(req) {
      const team = teamOf(req);
      const role = choice(req, 'role', ['member', 'maintainer', 'all'], 'all', 'TeamMember');
      // "Team members will include the members of child teams."
      const members = teamMemberLogins(req.ctx.world, team)
        .filter(
          (login) => role === 'all' || (role === 'maintainer') === (teamRoleOf(req, team, login) === 'maintainer'),
        )
        .flatMap((login) => req.ctx.world.github.users.get(login) ?? []);
      return pagedList(req, members, (u) => simpleUser(req.ctx, u));
    },
  },
  {
    method: 'GET',
    path: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    handle(req) {
      const team = teamOf(req);
      const login = req.params.username ?? '';
      if (!teamMemberLogins(req.ctx.world, team).includes(login)) throw notFound();
      const org = req.ctx.world.github.organizations.get(team.org);
      return ok({
        url: `${req.ctx.api}/organizations/${org?.id ?? 0}/team/${team.id}/memberships/${login}`,
        role: teamRoleOf(req, team, login),
        state: 'active',
      });
    },
  },
  {
    method: 'GET',
    path: '/users/{username}',
    handle(req) {
      const user = req.ctx.world.github.users.get(req.params.username ?? '');
      if (user === undefined) throw notFound();
      return ok(fullUser(req.ctx, user, false));
    },
  },
];

/** `GET /user` for a token's user (installation tokens have no user: 403 as on GitHub). */
export function authenticatedUserRoute(): RestRoute {
  return {
    method: 'GET',
    path: '/user',
    handle(req) {
      const user = req.ctx.world.github.users.get(req.ctx.viewer.login);
      if (user === undefined || req.ctx.viewer.kind !== 'token') {
        return {
          status: 403,
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
            status: '403',
          },
        };
      }
      return ok(fullUser(req.ctx, user, true));
    },
  };
}
