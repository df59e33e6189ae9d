import type { GithubCommit, JenkinsBuild } from '../world/index.js';
import { worldKeys } from '../world/index.js';
import { ExportedBean, prop } from './exported-bean.js';
import { encodeItemName } from './jenkins-urls.js';
import type { ModelContext } from './model-context.js';

// Jenkins lists at most this many commits of a changelog here; a longer walk is cut.
const MAX_ITEMS = 20;

/**
 * The commits a build brought in: from its checkout of its own repository back along first parents to
 * the previous build's checkout, newest last, as the git plugin records them. The first build of a
 * job, or one on the same commit, has none.
 */
export function changedCommits(ctx: ModelContext, build: JenkinsBuild): GithubCommit[] {
  const revision = build.revisions[0];
  const builds = ctx.world.jenkins.builds.group(build.job);
  // builds are numbered from 1 without gaps
  const previous = builds[build.number - 2]?.revisions[0];
  if (!revision || !previous || previous.repo !== revision.repo) return [];
  const commits: GithubCommit[] = [];
  let sha: string | undefined = revision.sha;
  while (sha !== undefined && sha !== previous.sha && commits.length < MAX_ITEMS) {
    const commit = ctx.world.github.commits.get(worldKeys.commit(revision.repo, sha));
    if (!commit) break;
    commits.push(commit);
    sha = commit.parents[0];
  }
  return commits.reverse();
}

// Change sets, their items and users are exported whole at any depth, as Jenkins does.
const FULL = 999;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The git plugin's `date`: `2025-06-02 09:00:00 +0000`. */
function gitDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** The Jenkins user a commit's author maps to: their handle, or their name in lower case. */
function authorBean(ctx: ModelContext, commit: GithubCommit): ExportedBean {
  const id = commit.authorLogin ?? commit.authorName.toLowerCase();
  return new ExportedBean(null, [
    prop('absoluteUrl', `${ctx.rootUrl}user/${encodeItemName(id)}`, FULL),
    prop('fullName', commit.authorName, FULL),
  ]);
}

function itemBean(ctx: ModelContext, commit: GithubCommit): ExportedBean {
  const firstLine = commit.message.split('\n')[0] ?? '';
  return new ExportedBean('hudson.plugins.git.GitChangeSet', [
    prop('affectedPaths', [], FULL),
    prop('commitId', commit.sha, FULL),
    prop('timestamp', commit.committedAt, FULL),
    prop('author', authorBean(ctx, commit), FULL),
    prop('authorEmail', commit.authorEmail, FULL),
    prop('comment', `${commit.message}\n`, FULL),
    prop('date', gitDate(commit.committedAt), FULL),
    prop('id', commit.sha, FULL),
    prop('msg', firstLine, FULL),
    prop('paths', [], FULL),
  ]);
}

/** A `GitChangeSetList` of a build's changed commits. */
export function changeSetBean(ctx: ModelContext, build: JenkinsBuild): ExportedBean {
  return new ExportedBean('hudson.plugins.git.GitChangeSetList', [
    prop('items', () => changedCommits(ctx, build).map((c) => itemBean(ctx, c)), FULL),
    prop('kind', 'git', FULL),
  ]);
}

/** The authors of a build's changes, once each: its `culprits`. */
export function culpritBeans(ctx: ModelContext, build: JenkinsBuild): ExportedBean[] {
  const seen = new Map<string, ExportedBean>();
  for (const commit of changedCommits(ctx, build)) {
    if (!seen.has(commit.authorName)) seen.set(commit.authorName, authorBean(ctx, commit));
  }
  return [...seen.values()];
}
