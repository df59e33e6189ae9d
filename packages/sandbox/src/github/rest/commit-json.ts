import { type GithubCommit, type GithubRepository, githubNodeId } from '../../world/index.js';
import { hashString } from '../../world/random.js';
import { type GithubContext, iso } from './github-context.js';
import { repoUrl } from './repo-json.js';
import { simpleUser } from './user-json.js';

const FILES = [
  'src/index.ts',
  'src/server.ts',
  'src/config.ts',
  'src/api/handlers.ts',
  'src/api/routes.ts',
  'src/db/queries.ts',
  'src/util/retry.ts',
  'test/api.test.ts',
  'test/e2e/login.test.ts',
  'README.md',
  'package.json',
  'docs/setup.md',
];

/** A tree sha derived from a commit sha (the world stores no trees). */
export const treeShaOf = (sha: string): string => `${sha.slice(20)}${sha.slice(0, 20)}`;

function account(ctx: GithubContext, login: string | null): Record<string, unknown> | null {
  const user = login === null ? undefined : ctx.world.github.users.get(login);
  return user === undefined ? null : simpleUser(ctx, user);
}

/** `commit` as lists give it (no `stats` or `files`). */
export function commitJson(ctx: GithubContext, repo: GithubRepository, c: GithubCommit): Record<string, unknown> {
  const base = repoUrl(ctx, repo);
  const html = `${ctx.web}/${repo.fullName}/commit/${c.sha}`;
  return {
    url: `${base}/commits/${c.sha}`,
    sha: c.sha,
    node_id: githubNodeId('Commit', hashString(`${repo.fullName}:${c.sha}`)),
    html_url: html,
    comments_url: `${base}/commits/${c.sha}/comments`,
    commit: {
      url: `${base}/git/commits/${c.sha}`,
      author: { name: c.authorName, email: c.authorEmail, date: iso(c.authoredAt) },
      committer: { name: c.committerName, email: c.committerEmail, date: iso(c.committedAt) },
      message: c.message,
      comment_count: 0,
      tree: { sha: treeShaOf(c.sha), url: `${base}/git/trees/${treeShaOf(c.sha)}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: account(ctx, c.authorLogin),
    committer: account(ctx, c.committerLogin),
    parents: c.parents.map((sha) => ({
      sha,
      url: `${base}/commits/${sha}`,
      html_url: `${ctx.web}/${repo.fullName}/commit/${sha}`,
    })),
  };
}

/** `diff-entry` list for a change of `changedFiles` files with these totals, derived from `seed`. */
export function diffEntries(
  ctx: GithubContext,
  repo: GithubRepository,
  ref: string,
  seed: string,
  totals: { additions: number; deletions: number; changedFiles: number },
): Record<string, unknown>[] {
  const count = Math.max(1, totals.changedFiles);
  const start = hashString(seed) % FILES.length;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const name = i < FILES.length ? (FILES[(start + i) % FILES.length] as string) : `src/generated/file-${i}.ts`;
    // Spread the totals over the files; the first takes the remainder.
    const additions = Math.floor(totals.additions / count) + (i === 0 ? totals.additions % count : 0);
    const deletions = Math.floor(totals.deletions / count) + (i === 0 ? totals.deletions % count : 0);
    const status = deletions === 0 && i % 5 === 4 ? 'added' : 'modified';
    const blob = hashString(`${seed}:${name}`).toString(16).padStart(8, '0').repeat(5);
    out.push({
      sha: blob,
      filename: name,
      status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${ctx.web}/${repo.fullName}/blob/${ref}/${name}`,
      raw_url: `${ctx.web}/${repo.fullName}/raw/${ref}/${name}`,
      contents_url: `${repoUrl(ctx, repo)}/contents/${name}?ref=${ref}`,
      patch: `@@ -1,${deletions} +1,${additions} @@`,
    });
  }
  return out;
}

/** `commit` with `stats` and `files` (`GET /repos/{owner}/{repo}/commits/{ref}`). */
export function commitDetailJson(ctx: GithubContext, repo: GithubRepository, c: GithubCommit): Record<string, unknown> {
  return {
    ...commitJson(ctx, repo, c),
    stats: { additions: c.additions, deletions: c.deletions, total: c.additions + c.deletions },
    files: diffEntries(ctx, repo, c.sha, c.sha, c),
  };
}
