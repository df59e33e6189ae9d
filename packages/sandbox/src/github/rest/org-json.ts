import { type GithubOrganization, githubNodeId } from '../../world/index.js';
import { allRepositories, type GithubContext, iso } from './github-context.js';

/** `organization-full`. */
export function organizationJson(ctx: GithubContext, org: GithubOrganization): Record<string, unknown> {
  const url = `${ctx.api}/orgs/${org.login}`;
  const repos = allRepositories(ctx).filter((r) => r.owner === org.login);
  const privateRepos = repos.filter((r) => r.private).length;
  const members = [...ctx.world.github.users].filter((u) => u.orgs.includes(org.login)).length;
  const out: Record<string, unknown> = {
    login: org.login,
    id: org.id,
    node_id: githubNodeId('Organization', org.id),
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `${ctx.web}/avatars/u/${org.id}?v=4`,
    description: org.description,
    name: org.name,
    company: org.name,
    blog: org.blog ?? `${ctx.web}/${org.login}`,
    location: org.location ?? 'Remote',
    twitter_username: null,
    is_verified: true,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: repos.length - privateRepos,
    public_gists: 0,
    followers: org.id % 50,
    following: 0,
    html_url: `${ctx.web}/${org.login}`,
    type: 'Organization',
    total_private_repos: privateRepos,
    owned_private_repos: privateRepos,
    private_gists: 0,
    disk_usage: repos.reduce((sum, r) => sum + r.size, 0),
    collaborators: 0,
    billing_email: `billing@${org.login}.example`,
    plan: { name: 'team', space: 976562499, private_repos: 999999, filled_seats: members, seats: members + 5 },
    default_repository_permission: 'read',
    default_repository_branch: 'main',
    members_can_create_repositories: true,
    two_factor_requirement_enabled: true,
    members_allowed_repository_creation_type: 'all',
    members_can_create_public_repositories: true,
    members_can_create_private_repositories: true,
    members_can_create_internal_repositories: false,
    members_can_create_pages: true,
    members_can_create_public_pages: true,
    members_can_create_private_pages: true,
    members_can_fork_private_repositories: false,
    web_commit_signoff_required: false,
    advanced_security_enabled_for_new_repositories: false,
    dependabot_alerts_enabled_for_new_repositories: true,
    dependabot_security_updates_enabled_for_new_repositories: false,
    dependency_graph_enabled_for_new_repositories: true,
    secret_scanning_enabled_for_new_repositories: true,
    secret_scanning_push_protection_enabled_for_new_repositories: true,
    secret_scanning_push_protection_custom_link_enabled: false,
    secret_scanning_push_protection_custom_link: null,
    created_at: iso(org.createdAt),
    updated_at: iso(org.updatedAt),
    archived_at: null,
  };
  if (org.email !== null) out.email = org.email;
  return out;
}
