import { commitToMain, type GithubOpContext, touchRepo } from './github-git-ops.js';
import type { RepoState } from './github-store.js';
import type { Actor } from './people.js';
import { worldKeys as k } from './world-keys.js';

/**
 * Cuts the repository's next release: a version-bump commit on the default branch, a tag on it and
 * a release. A draft gets no commit and no tag yet (GitHub creates a draft's tag on publishing).
 * Every fourth release is a prerelease.
 */
export function cutRelease(ctx: GithubOpContext, state: RepoState, at: number, author: Actor, draft: boolean): void {
  const { store } = ctx;
  const repo = state.repo.fullName;
  const n = state.releases++;
  const version = `v1.${Math.floor(n / 4)}.${n % 4}`;
  const prerelease = !draft && n % 4 === 3;
  const tagName = prerelease ? `${version}-rc.1` : version;
  let target = state.repo.defaultBranch;
  if (!draft) {
    const sha = commitToMain(ctx, state, { message: `chore(release): ${tagName}`, author, at });
    store.tags.insert({ repo, name: tagName, sha });
    ctx.rec?.created('github', 'tags', k.tag(repo, tagName));
    target = sha;
  }
  const release = {
    id: store.ids.release.next(),
    repo,
    tagName,
    name: n % 5 === 2 ? `${tagName} — “Ünïcode” edition 🎉` : tagName,
    body: n % 3 === 0 ? null : `## Changes\n\n- See the merged pull requests since the last release.\n`,
    draft,
    prerelease,
    author: author.login,
    targetCommitish: draft ? state.repo.defaultBranch : target,
    createdAt: at,
    publishedAt: draft ? null : at + 60_000,
  };
  store.releases.insert(release);
  ctx.rec?.created('github', 'releases', k.release(repo, release.id));
  touchRepo(ctx, state, at, false);
}
