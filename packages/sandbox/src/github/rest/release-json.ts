import {
  type GithubBranch,
  type GithubDeployment,
  type GithubDeploymentStatus,
  type GithubRelease,
  type GithubRepository,
  type GithubTag,
  githubNodeId,
} from '../../world/index.js';
import { hashString } from '../../world/random.js';
import { type GithubContext, iso, isoOrNull } from './github-context.js';
import { reactionsJson } from './item-json.js';
import { repoUrl } from './repo-json.js';
import { userOrGhost, userOrNull } from './user-json.js';

/** `release`: published releases carry one asset, the built archive. */
export function releaseJson(ctx: GithubContext, repo: GithubRepository, r: GithubRelease): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const url = `${base}/releases/${r.id}`;
  const html = `${ctx.web}/${repo.fullName}/releases/tag/${encodeURIComponent(r.tagName)}`;
  const assets =
    r.publishedAt === null
      ? []
      : [
          {
            url: `${base}/releases/assets/${r.id}`,
            browser_download_url: `${ctx.web}/${repo.fullName}/releases/download/${r.tagName}/${repo.name}.tar.gz`,
            id: r.id,
            node_id: githubNodeId('ReleaseAsset', r.id),
            name: `${repo.name}.tar.gz`,
            label: null,
            state: 'uploaded',
            content_type: 'application/gzip',
            size: 10_000 + (hashString(r.tagName) % 90_000),
            digest: `sha256:${hashString(`${repo.fullName}@${r.tagName}`).toString(16).padStart(8, '0').repeat(8)}`,
            download_count: hashString(r.tagName) % 500,
            created_at: iso(r.publishedAt),
            updated_at: iso(r.publishedAt),
            uploader: userOrNull(ctx, r.author),
          },
        ];
  return {
    url,
    html_url: html,
    assets_url: `${url}/assets`,
    upload_url: `${ctx.web.replace('://', '://uploads.')}/repos/${repo.fullName}/releases/${r.id}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${base}/tarball/${r.tagName}`,
    zipball_url: r.draft ? null : `${base}/zipball/${r.tagName}`,
    id: r.id,
    node_id: githubNodeId('Release', r.id),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: false,
    created_at: iso(r.createdAt),
    published_at: isoOrNull(r.publishedAt),
    updated_at: iso(r.publishedAt ?? r.createdAt),
    author: userOrGhost(ctx, r.author),
    assets,
    mentions_count: 0,
    reactions: reactionsJson(url),
  };
}

/** `tag`. */
export function tagJson(ctx: GithubContext, repo: GithubRepository, t: GithubTag): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  return {
    name: t.name,
    commit: { sha: t.sha, url: `${base}/commits/${t.sha}` },
    zipball_url: `${base}/zipball/refs/tags/${t.name}`,
    tarball_url: `${base}/tarball/refs/tags/${t.name}`,
    // The tag's ref node id in GitHub's legacy format (`03:Ref<repository id>:refs/tags/<name>`), as GraphQL's `Ref.id`.
    node_id: Buffer.from(`03:Ref${repo.id}:refs/tags/${t.name}`, 'utf8').toString('base64'),
  };
}

/** `short-branch`. */
export function branchJson(ctx: GithubContext, repo: GithubRepository, b: GithubBranch): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const out: Record<string, unknown> = {
    name: b.name,
    commit: { sha: b.sha, url: `${base}/commits/${b.sha}` },
    protected: b.protected,
  };
  if (b.protected) {
    out.protection = {
      enabled: true,
      required_status_checks: {
        enforcement_level: 'non_admins',
        contexts: ['build'],
        checks: [{ context: 'build', app_id: null }],
      },
    };
    out.protection_url = `${base}/branches/${encodeURIComponent(b.name)}/protection`;
  }
  return out;
}

/** `deployment`. */
export function deploymentJson(
  ctx: GithubContext,
  repo: GithubRepository,
  d: GithubDeployment,
): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  return {
    url: `${base}/deployments/${d.id}`,
    id: d.id,
    node_id: githubNodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userOrNull(ctx, d.creator),
    created_at: iso(d.createdAt),
    updated_at: iso(d.updatedAt),
    statuses_url: `${base}/deployments/${d.id}/statuses`,
    repository_url: base,
    transient_environment: false,
    production_environment: d.productionEnvironment,
    performed_via_github_app: null,
  };
}

/** `deployment-status`. */
export function deploymentStatusJson(
  ctx: GithubContext,
  repo: GithubRepository,
  d: GithubDeployment,
  s: GithubDeploymentStatus,
): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const runs = `${ctx.web}/${repo.fullName}/actions`;
  return {
    url: `${base}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: githubNodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: userOrNull(ctx, s.creator),
    description: s.description,
    environment: d.environment,
    target_url: runs,
    created_at: iso(s.createdAt),
    updated_at: iso(s.createdAt),
    deployment_url: `${base}/deployments/${d.id}`,
    repository_url: base,
    log_url: runs,
    performed_via_github_app: null,
  };
}
