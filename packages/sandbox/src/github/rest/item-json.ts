import {
  type GithubLabel,
  type GithubMilestone,
  type GithubRepository,
  type GithubTeam,
  githubNodeId,
} from '../../world/index.js';
import { type GithubContext, iso, isoOrNull } from './github-context.js';
import { repoUrl } from './repo-json.js';
import { userOrNull } from './user-json.js';

/** `label`. */
export function labelJson(ctx: GithubContext, label: GithubLabel): Record<string, unknown> {
  return {
    id: label.id,
    node_id: githubNodeId('Label', label.id),
    url: `${ctx.api}/repos/${label.repo}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.isDefault,
  };
}

/** The labels of an item by name (names of labels since deleted are skipped). */
export function labelsJson(ctx: GithubContext, repo: string, names: readonly string[]): Record<string, unknown>[] {
  return names.flatMap((name) => {
    const label = ctx.world.github.labels.get(`${repo}/labels/${name}`);
    return label === undefined ? [] : [labelJson(ctx, label)];
  });
}

/** `milestone`. */
export function milestoneJson(ctx: GithubContext, m: GithubMilestone): Record<string, unknown> {
  const items = ctx.world.github.issuesAndPullsOf(m.repo).filter((i) => i.milestone === m.number);
  return {
    url: `${ctx.api}/repos/${m.repo}/milestones/${m.number}`,
    html_url: `${ctx.web}/${m.repo}/milestone/${m.number}`,
    labels_url: `${ctx.api}/repos/${m.repo}/milestones/${m.number}/labels`,
    id: m.id,
    node_id: githubNodeId('Milestone', m.id),
    number: m.number,
    state: m.state,
    title: m.title,
    description: m.description,
    creator: userOrNull(ctx, m.creator),
    open_issues: items.filter((i) => i.state === 'open').length,
    closed_issues: items.filter((i) => i.state === 'closed').length,
    created_at: iso(m.createdAt),
    updated_at: iso(m.updatedAt),
    closed_at: isoOrNull(m.closedAt),
    due_on: isoOrNull(m.dueOn),
  };
}

/** The milestone of an item, or null. */
export function milestoneOf(ctx: GithubContext, repo: string, number: number | null): Record<string, unknown> | null {
  if (number === null) return null;
  const m = ctx.world.github.milestones.get(`${repo}/milestones/${number}`);
  return m === undefined ? null : milestoneJson(ctx, m);
}

/** `team-simple` (also the base of `team`). */
export function teamSimple(ctx: GithubContext, team: GithubTeam): Record<string, unknown> {
  const org = ctx.world.github.organizations.get(team.org);
  const url = `${ctx.api}/organizations/${org?.id ?? 0}/team/${team.id}`;
  return {
    id: team.id,
    node_id: githubNodeId('Team', team.id),
    url,
    html_url: `${ctx.web}/orgs/${team.org}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: team.description,
    privacy: team.privacy,
    notification_setting: 'notifications_enabled',
    permission: team.permission,
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: 'organization',
    organization_id: org?.id ?? 0,
  };
}

/** `team`, with its parent as `nullable-team-simple`. */
export function teamJson(ctx: GithubContext, team: GithubTeam): Record<string, unknown> {
  const parent = team.parentSlug === null ? undefined : ctx.world.github.teams.get(`@${team.org}/${team.parentSlug}`);
  const p = team.permission;
  return {
    ...teamSimple(ctx, team),
    permissions: {
      pull: true,
      triage: p !== 'pull',
      push: p !== 'pull',
      maintain: p === 'admin',
      admin: p === 'admin',
    },
    parent: parent === undefined ? null : teamSimple(ctx, parent),
  };
}

/** The `author_association` of `login` with a repository. */
export function associationOf(ctx: GithubContext, repo: GithubRepository, login: string | null): string {
  if (login === null) return 'NONE';
  if (login === repo.owner) return 'OWNER';
  const user = ctx.world.github.users.get(login);
  if (user === undefined) return 'NONE';
  return user.orgs.includes(repo.owner) ? 'MEMBER' : 'CONTRIBUTOR';
}

/** `reaction-rollup` (the world has no reactions: all zero). */
export function reactionsJson(url: string): Record<string, unknown> {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  };
}

/** The API URL of a repository by full name. */
export const repoApi = (ctx: GithubContext, repo: GithubRepository): string => repoUrl(ctx, repo);
