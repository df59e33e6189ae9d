import { describe, expect, it } from 'vitest';
import { createGithubGraphqlEndpoint } from '../src/github/graphql/index.js';
import { createWorld, type GithubCommit, githubNodeId } from '../src/world/index.js';
import { busiestRepository, dataOf, graphql, viewerOf } from './github-graphql-call.js';

const world = createWorld({ seed: 42, scale: 'small' });
const endpoint = createGithubGraphqlEndpoint(world, { webUrl: 'http://127.0.0.1:9' });
const viewer = viewerOf('sandbox-admin');
const repo = busiestRepository(world);
const vars = { owner: repo.owner, name: repo.name };
const pulls = world.github.pullRequests.group(repo.fullName);

type Page<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Pages a repository connection to its end, `first` items at a time. */
async function pageAll<T>(query: string, field: string, first: number): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const data = dataOf(await graphql(endpoint, viewer, query, { ...vars, first, after }));
    const connection = (data.repository as Record<string, Page<T>>)[field] as Page<T>;
    out.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return out;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

const STATS = `query PullRequestStats($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(first: $first, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) {
      nodes {
        node_id: id id: databaseId number updated_at: updatedAt changed_files: changedFiles deletions additions
        merged mergeable merge_state_status: mergeStateStatus state isDraft mergedAt mergeCommit { oid }
        comments { totalCount } commits(first: 100) { totalCount nodes { commit { oid } } }
        review_comments: reviews(first: 100) { totalCount nodes { comments { totalCount } } }
        merged_by: mergedBy { type: __typename ... on User { node_id: id id: databaseId login avatar_url: avatarUrl html_url: url site_admin: isSiteAdmin } }
        labels(first: 10) { nodes { name color } }
        files(first: 100) { totalCount nodes { path additions deletions changeType } }
        headRefName baseRefName headRefOid
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

describe('pull requests (the pull_request_stats query, paged by 10, newest update first)', async () => {
  type Node = {
    node_id: string;
    id: number;
    number: number;
    updated_at: string;
    [key: string]: unknown;
  };
  const nodes = await pageAll<Node>(STATS, 'pullRequests', 10);

  it('lists every pull request of the repository once, by updatedAt descending', () => {
    const expected = [...pulls].sort((a, b) => b.updatedAt - a.updatedAt || b.number - a.number);
    expect(nodes.map((n) => n.number)).toEqual(expected.map((p) => p.number));
  });

  it('gives REST ids: databaseId is the pull id, id its node id', () => {
    for (const n of nodes) {
      const pr = world.github.pullRequests.get(`${repo.fullName}#${n.number}`);
      expect(n.id).toBe(pr?.id);
      expect(n.node_id).toBe(githubNodeId('PullRequest', pr?.id ?? 0));
    }
  });

  it('reports the counts, states and refs the world holds', () => {
    for (const n of nodes) {
      const pr = world.github.pullRequests.get(`${repo.fullName}#${n.number}`);
      if (!pr) throw new Error(`no #${n.number}`);
      const reviews = world.github.reviews.group(`${repo.fullName}#${pr.number}`).filter((r) => r.state !== 'PENDING');
      expect(n).toMatchObject({
        updated_at: `${new Date(pr.updatedAt).toISOString().slice(0, 19)}Z`,
        additions: pr.additions,
        deletions: pr.deletions,
        changed_files: pr.changedFiles,
        merged: pr.mergedAt !== null,
        state: pr.mergedAt !== null ? 'MERGED' : pr.state.toUpperCase(),
        isDraft: pr.draft,
        mergeCommit: pr.mergeCommitSha ? { oid: pr.mergeCommitSha } : null,
        comments: { totalCount: pr.comments },
        commits: { totalCount: pr.commits.length, nodes: pr.commits.slice(0, 100).map((oid) => ({ commit: { oid } })) },
        headRefName: pr.headRef,
        baseRefName: pr.baseRef,
        headRefOid: pr.headSha,
        labels: {
          nodes: pr.labels.map((name) => ({
            name,
            color: world.github.labels.get(`${repo.fullName}/labels/${name}`)?.color,
          })),
        },
      });
      expect(n.review_comments).toEqual({
        totalCount: reviews.length,
        nodes: reviews.map((r) => ({
          comments: {
            totalCount: world.github.reviewComments
              .group(`${repo.fullName}#${pr.number}`)
              .filter((c) => c.reviewId === r.id).length,
          },
        })),
      });
      const mergedBy = pr.mergedBy === null ? undefined : world.github.users.get(pr.mergedBy);
      expect((n.merged_by as { login?: string } | null)?.login).toBe(
        mergedBy?.type === 'User' ? mergedBy.login : undefined,
      );
    }
  });

  it("lists files whose counts add up to the pull request's", () => {
    for (const n of nodes) {
      const pr = world.github.pullRequests.get(`${repo.fullName}#${n.number}`);
      const files = n.files as { totalCount: number; nodes: { path: string; additions: number; deletions: number }[] };
      expect(files.totalCount).toBe(Math.max(1, pr?.changedFiles ?? 0));
      expect(new Set(files.nodes.map((f) => f.path)).size).toBe(files.nodes.length);
      if (files.totalCount <= 100) {
        expect(files.nodes.reduce((s, f) => s + f.additions, 0)).toBe(pr?.additions);
        expect(files.nodes.reduce((s, f) => s + f.deletions, 0)).toBe(pr?.deletions);
      }
    }
  });
});

const REVIEWS = `query Reviews($owner: String!, $name: String!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    name owner { login }
    pullRequests(first: $first, after: $after, orderBy: {field: UPDATED_AT, direction: ASC}) {
      pageInfo { hasNextPage endCursor }
      nodes { number url
        reviews(first: $first) { pageInfo { hasNextPage endCursor }
          nodes { node_id: id id: databaseId body state html_url: url author_association: authorAssociation
            submitted_at: submittedAt created_at: createdAt updated_at: updatedAt commit { oid }
            user: author { type: __typename ... on User { node_id: id id: databaseId login } } } } } } } }`;

describe('reviews (the reviews query)', () => {
  it('gives each pull request its submitted reviews with REST ids, commit and author', async () => {
    type Review = {
      node_id: string;
      id: number;
      state: string;
      body: string;
      commit: { oid: string } | null;
      submitted_at: string | null;
      user: { login?: string } | null;
    };
    const prs = await pageAll<{ number: number; reviews: Page<Review> }>(REVIEWS, 'pullRequests', 50);
    expect(prs.map((p) => p.number).sort((a, b) => a - b)).toEqual(pulls.map((p) => p.number));
    let seen = 0;
    for (const p of prs) {
      const expected = world.github.reviews.group(`${repo.fullName}#${p.number}`).filter((r) => r.state !== 'PENDING');
      expect(p.reviews.nodes.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      for (const [i, r] of p.reviews.nodes.entries()) {
        const w = expected[i];
        if (!w) throw new Error('missing review');
        expect(r).toMatchObject({
          node_id: githubNodeId('PullRequestReview', w.id),
          state: w.state,
          body: w.body,
          commit: { oid: w.commitSha },
        });
        const author = w.author === null ? undefined : world.github.users.get(w.author);
        expect(r.user?.login).toBe(author?.type === 'User' ? author.login : undefined);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('commit history since a date (default branch)', () => {
  const HISTORY = `query($owner: String!, $name: String!, $first: Int!, $after: String, $since: GitTimestamp) {
    repository(owner: $owner, name: $name) { defaultBranchRef { name target { ... on Commit {
      history(first: $first, after: $after, since: $since) { totalCount pageInfo { hasNextPage endCursor }
        nodes { oid committedDate message additions deletions changedFilesIfAvailable
          author { name email user { login } } } } } } } } }`;

  it('walks every ancestor committed since the date, newest first, as git log would', async () => {
    const branch = world.github.branches.get(
      `${repo.fullName}/branches/${world.github.repositories.get(repo.fullName)?.defaultBranch}`,
    );
    if (!branch) throw new Error('no default branch');
    // The expected set, walked independently: all parents, not just first parents.
    const reachable = new Map<string, GithubCommit>();
    const stack = [branch.sha];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      const c = world.github.commits.get(`${repo.fullName}/commits/${sha}`);
      if (!c || reachable.has(sha)) continue;
      reachable.set(sha, c);
      stack.push(...c.parents);
    }
    const all = [...reachable.values()].sort((a, b) => b.committedAt - a.committedAt);
    const since = all[Math.floor(all.length / 2)]?.committedAt ?? 0;
    const expected = all.filter((c) => c.committedAt >= since);
    const nodes: {
      oid: string;
      committedDate: string;
      additions: number;
      author: { email: string; user: { login: string } | null };
    }[] = [];
    let after: string | null = null;
    for (;;) {
      const data = dataOf(
        await graphql(endpoint, viewer, HISTORY, { ...vars, first: 7, after, since: new Date(since).toISOString() }),
      );
      const history = (
        data.repository as {
          defaultBranchRef: { target: { history: Page<(typeof nodes)[number]> & { totalCount: number } } };
        }
      ).defaultBranchRef.target.history;
      expect(history.totalCount).toBe(expected.length);
      nodes.push(...history.nodes);
      if (!history.pageInfo.hasNextPage) break;
      after = history.pageInfo.endCursor;
    }
    expect(new Set(nodes.map((n) => n.oid))).toEqual(new Set(expected.map((c) => c.sha)));
    // DateTime is to the second.
    expect(nodes.map((n) => Date.parse(n.committedDate))).toEqual(
      expected.map((c) => Math.floor(c.committedAt / 1000) * 1000),
    );
    for (const n of nodes) {
      const c = reachable.get(n.oid);
      expect(n.additions).toBe(c?.additions);
      expect(n.author.email).toBe(c?.authorEmail);
      expect(n.author.user?.login ?? null).toBe(
        c?.authorLogin && world.github.users.get(c.authorLogin)?.type === 'User' ? c.authorLogin : null,
      );
    }
  });
});

describe('releases (the releases query)', () => {
  it('lists every release oldest first with its tag commit and author', async () => {
    const withReleases = [...world.github.releases.groupKeys()][0];
    if (!withReleases) throw new Error('no releases in the world');
    const [owner, name] = withReleases.split('/') as [string, string];
    const query = `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) {
      releases(first: 100, orderBy: {field: CREATED_AT, direction: ASC}) { totalCount nodes {
        node_id: id id: databaseId name tag_name: tagName created_at: createdAt published_at: publishedAt
        draft: isDraft prerelease: isPrerelease body: description html_url: url tagCommit { target_commitish: oid }
        author { __typename ... on User { login } }
        assets: releaseAssets(first: 100) { nodes { name } pageInfo { hasNextPage } }
        reaction_groups: reactionGroups { content reactors { totalCount } }
        mentions_connection: mentions(first: 0) { totalCount } } } } }`;
    const data = dataOf(await graphql(endpoint, viewer, query, { owner, name }));
    const releases = (data.repository as { releases: { totalCount: number; nodes: Record<string, unknown>[] } })
      .releases;
    const expected = [...world.github.releases.group(withReleases)].sort(
      (a, b) => a.createdAt - b.createdAt || a.id - b.id,
    );
    expect(releases.totalCount).toBe(expected.length);
    expect(releases.nodes.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    for (const [i, r] of releases.nodes.entries()) {
      const w = expected[i];
      const tag = w && world.github.tags.get(`${withReleases}/tags/${w.tagName}`);
      expect(r).toMatchObject({
        node_id: githubNodeId('Release', w?.id ?? 0),
        tag_name: w?.tagName,
        draft: w?.draft,
        tagCommit: tag ? { target_commitish: tag.sha } : null,
        author: w?.author ? { login: w.author } : null,
      });
    }
  });
});

describe('nodes and owners', () => {
  it('resolves node ids to the objects they name, and lists only visible repositories', async () => {
    const pr = pulls[0];
    if (!pr) throw new Error('no pull request');
    const org = world.github.organizations.get(repo.owner);
    const hidden = world.github.repositories.group(repo.owner).find((r) => r.fullName !== repo.fullName);
    const limited = viewerOf('sandbox-admin', hidden ? [hidden.fullName] : []);
    const query = `query($id: ID!, $login: String!) { node(id: $id) { __typename ... on PullRequest { number repository { nameWithOwner } } }
      organization(login: $login) { databaseId repositories(first: 100) { totalCount nodes { nameWithOwner } } } }`;
    const data = dataOf(
      await graphql(endpoint, limited, query, { id: githubNodeId('PullRequest', pr.id), login: repo.owner }),
    );
    expect(data.node).toEqual({
      __typename: 'PullRequest',
      number: pr.number,
      repository: { nameWithOwner: repo.fullName },
    });
    const names = world.github.repositories
      .group(repo.owner)
      .map((r) => r.fullName)
      .filter((n) => n !== hidden?.fullName);
    expect(data.organization).toEqual({
      databaseId: org?.id,
      repositories: { totalCount: names.length, nodes: names.map((nameWithOwner) => ({ nameWithOwner })) },
    });
  });
});
