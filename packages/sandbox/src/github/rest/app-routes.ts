import { githubNodeId } from '../../world/index.js';
import type { GithubApp } from '../github-app.js';
import { allRepositories, type GithubContext, iso } from './github-context.js';
import { GithubError, notFound, REST_DOCS } from './github-error.js';
import { pagedList, pagedWrapper } from './paginate.js';
import { repository } from './repo-json.js';
import { ok, type RestRoute } from './rest-route.js';
import { orgAsUser } from './user-json.js';

const PERMISSIONS = {
  actions: 'read',
  contents: 'read',
  deployments: 'read',
  issues: 'read',
  metadata: 'read',
  pull_requests: 'read',
  members: 'read',
} as const;
const EVENTS = ['pull_request', 'push', 'release', 'workflow_run'];
const CREATED = Date.UTC(2024, 0, 15, 12);

function appJson(ctx: GithubContext, app: GithubApp): Record<string, unknown> {
  const id = app.identity;
  const org = ctx.world.github.organizations.get(id.org);
  return {
    id: id.appId,
    slug: id.slug,
    node_id: githubNodeId('App', id.appId),
    client_id: id.clientId,
    owner: org === undefined ? null : orgAsUser(ctx, org),
    name: id.name,
    description: 'Reads engineering data for Faros CE.',
    external_url: ctx.web,
    html_url: `${ctx.web}/apps/${id.slug}`,
    created_at: iso(CREATED),
    updated_at: iso(CREATED),
    permissions: { issues: 'read', checks: 'read', metadata: 'read', contents: 'read', deployments: 'read' },
    events: EVENTS,
    installations_count: 1,
  };
}

function installationJson(ctx: GithubContext, app: GithubApp): Record<string, unknown> {
  const id = app.identity;
  const org = ctx.world.github.organizations.get(id.org);
  // The account is a simple user and an enterprise at once (allOf): both sets of fields.
  let account: Record<string, unknown> | null = null;
  if (org !== undefined) {
    const { user_view_type: _omitted, ...user } = orgAsUser(ctx, org);
    account = {
      ...user,
      name: org.name,
      slug: org.login,
      created_at: iso(org.createdAt),
      updated_at: iso(org.updatedAt),
    };
  }
  return {
    id: id.installationId,
    account,
    repository_selection: 'all',
    access_tokens_url: `${ctx.api}/app/installations/${id.installationId}/access_tokens`,
    repositories_url: `${ctx.api}/installation/repositories`,
    html_url: `${ctx.web}/organizations/${id.org}/settings/installations/${id.installationId}`,
    app_id: id.appId,
    target_id: org?.id ?? 0,
    target_type: 'Organization',
    permissions: PERMISSIONS,
    events: EVENTS,
    created_at: iso(CREATED),
    updated_at: iso(CREATED),
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    app_slug: id.slug,
    suspended_by: null,
    suspended_at: null,
  };
}

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;

/** GitHub App operations: the app, its installations, installation tokens and repositories. */
export function appRoutes(app: GithubApp, now: () => number): RestRoute[] {
  return [
    { method: 'GET', path: '/app', auth: 'app', handle: (req) => ok(appJson(req.ctx, app)) },
    {
      method: 'GET',
      path: '/app/installations',
      auth: 'app',
      handle: (req) => pagedList(req, [app], () => installationJson(req.ctx, app)),
    },
    {
      method: 'POST',
      path: '/app/installations/{installation_id}/access_tokens',
      auth: 'app',
      handle(req) {
        if (req.params.installation_id !== String(app.identity.installationId)) throw notFound();
        const installed = allRepositories(req.ctx).filter((r) => r.owner === app.identity.org);
        const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
        let selected: Set<string> | undefined;
        if (body.repositories !== undefined) {
          const names = stringList(body.repositories);
          const unknown = names?.filter((n) => !installed.some((r) => r.name === n || r.fullName === n));
          if (names === undefined || (unknown !== undefined && unknown.length > 0)) {
            throw new GithubError(
              422,
              'There is at least one repository that does not exist or is not accessible to the parent installation.',
              REST_DOCS,
              [{ resource: 'Installation', field: 'repositories', code: 'invalid' }],
            );
          }
          selected = new Set(
            installed.filter((r) => names.includes(r.name) || names.includes(r.fullName)).map((r) => r.fullName),
          );
        }
        const token = app.issue(now(), selected);
        const out: Record<string, unknown> = {
          token: token.token,
          expires_at: iso(token.expiresAt),
          permissions: PERMISSIONS,
          repository_selection: selected === undefined ? 'all' : 'selected',
        };
        if (selected !== undefined) {
          out.repositories = installed.filter((r) => selected.has(r.fullName)).map((r) => repository(req.ctx, r));
        }
        return ok(out, 201);
      },
    },
    {
      method: 'GET',
      path: '/installation/repositories',
      auth: 'installation',
      handle(req) {
        const repos = allRepositories(req.ctx).filter((r) => req.ctx.viewer.canSee(r.fullName));
        return pagedWrapper(req, 'repositories', repos, (r) => repository(req.ctx, r), {
          repository_selection: 'all',
        });
      },
    },
  ];
}
