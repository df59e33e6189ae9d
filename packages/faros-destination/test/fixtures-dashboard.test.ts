import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type RunningFarosCe, startFarosCe } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config, logs, query, REAL_PROGRAM, recordLine, stateLine, stream, write } from './support/write-harness.js';

const usagePath = fileURLToPath(new URL('../../../../shared/reference/faros-ce/dashboard-usage.json', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const haveUsage = existsSync(usagePath);
if (!haveUsage)
  console.warn(
    `fixtures-dashboard: ${usagePath} is missing (a user's clone), so the dashboard column check is skipped`,
  );

// Dashboard tables that GitHub, Jira and Jenkins data cannot fill: Copilot usage and artifacts.
const NOT_FED = new Set([
  'vcs_UserTool',
  'vcs_UserToolUsage',
  'cicd_ArtifactCommitAssociation',
  'cicd_ArtifactDeployment',
]);
const FED_NAMESPACES = ['vcs_', 'tms_', 'cicd_', 'compute_'];
// Streams whose records other streams' converters read (Jira field ids) go first.
const FIRST = ['issue_fields'];

/** Every fixture stream as `[source, stream, lines]`, dependencies first. */
function fixtureStreams(): [string, string, string[]][] {
  const out: [string, string, string[]][] = [];
  for (const source of existsSync(fixtures) ? readdirSync(fixtures).sort() : []) {
    for (const file of readdirSync(`${fixtures}${source}`).filter((f) => f.endsWith('.jsonl'))) {
      const lines = readFileSync(`${fixtures}${source}/${file}`, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      out.push([source, file.slice(0, -'.jsonl'.length), lines]);
    }
  }
  const rank = (s: string) => (FIRST.includes(s) ? 0 : 1);
  return out.sort((a, b) => rank(a[1]) - rank(b[1]) || a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
}

describe.skipIf(!haveUsage)('every fixture through the real faros-destination into Faros CE', () => {
  let ce: RunningFarosCe;
  let target: { url: string; adminSecret: string };
  let run: Awaited<ReturnType<typeof write>>;
  const streams = fixtureStreams();

  beforeAll(async () => {
    ce = await startFarosCe({ adminSecret: randomUUID() });
    target = { url: ce.url, adminSecret: ce.adminSecret };
    const names = streams.map(([source, name]) => `fx__${source}__${name}`);
    const lines = streams.flatMap(([source, name, records]) => {
      const streamName = `fx__${source}__${name}`;
      return [...records.map((r) => recordLine(streamName, JSON.parse(r))), stateLine(streamName, 'done')];
    });
    run = await write(
      REAL_PROGRAM,
      config(target),
      names.map((n) => stream(n)),
      lines,
    );
  });
  afterAll(() => ce?.close());

  it('has fixtures of GitHub, Jira and Jenkins', () => {
    expect(new Set(streams.map(([source]) => source))).toEqual(new Set(['github', 'jenkins', 'jira']));
  });

  it('writes them all: exit 0, no stream without a converter, nothing rejected', () => {
    expect(run.errors()).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(logs(run).filter((l) => / will be skipped$|^Skipped a record/.test(l))).toEqual([]);
    expect(run.states()).toHaveLength(streams.length);
  });

  it('fills every column a CE dashboard reads for GitHub, Jira and Jenkins tables in at least one row', async () => {
    const usage = JSON.parse(readFileSync(usagePath, 'utf8')) as { by_table: Record<string, Record<string, string[]>> };
    const empty: string[] = [];
    for (const [table, columns] of Object.entries(usage.by_table)) {
      if (NOT_FED.has(table) || !FED_NAMESPACES.some((ns) => table.startsWith(ns))) continue;
      const fields = Object.keys(columns).map(
        (c) => `${c}: ${table}_aggregate(where: {${c}: {_is_null: false}}) { aggregate { count } }`,
      );
      const data = await query<Record<string, { aggregate: { count: number } }>>(target, `{ ${fields.join(' ')} }`);
      for (const column of Object.keys(columns)) {
        if ((data[column]?.aggregate.count ?? 0) === 0) empty.push(`${table}.${column}`);
      }
    }
    expect(empty).toEqual([]);
  });

  // The rows below are worked out from the fixture records with CE's pkey rule (key values joined by `|`,
  // a reference segment being the parent's id), not read back from the converters.
  const firstRecord = (source: string, name: string): Record<string, unknown> => {
    const found = streams.find(([s, n]) => s === source && n === name);
    if (!found?.[2][0]) throw new Error(`no ${source}/${name} fixture`);
    return JSON.parse(found[2][0]) as Record<string, unknown>;
  };

  it('a GitHub pull request: id by pkey, repository and organisation joined, merged, author and merge commit', async () => {
    const pr = firstRecord('github', 'pull_requests') as {
      number: number;
      repository: string;
      merged_at: string | null;
      merge_commit_sha: string;
      user: { login: string };
    };
    const [owner, name] = pr.repository.toLowerCase().split('/');
    const repositoryId = `GitHub|${owner}|${name}`;
    const data = await query<{ vcs_PullRequest: Record<string, unknown>[]; vcs_Repository: Record<string, unknown>[] }>(
      target,
      `{ vcs_PullRequest(where: {id: {_eq: "${repositoryId}|${pr.number}"}}) { repository number state author mergeCommit origin }
         vcs_Repository(where: {id: {_eq: "${repositoryId}"}}) { organization } }`,
    );
    expect(data.vcs_PullRequest).toEqual([
      {
        repository: repositoryId,
        number: pr.number,
        state: expect.objectContaining({ category: pr.merged_at ? 'Merged' : expect.any(String) }),
        author: `GitHub|${pr.user.login}`,
        mergeCommit: `${repositoryId}|${pr.merge_commit_sha.toLowerCase()}`,
        origin: 'fx',
      },
    ]);
    expect(data.vcs_Repository).toEqual([{ organization: `GitHub|${owner}` }]);
  });

  it('a Jira issue: statusChangelog from its own changelog, changedAt in epoch ms', async () => {
    const issue = firstRecord('jira', 'issues') as {
      key: string;
      changelog: { histories: { created: string; items: { field: string; toString: string }[] }[] };
    };
    const transitions = issue.changelog.histories
      .flatMap((h) =>
        h.items.filter((i) => i.field === 'status').map((i) => ({ at: Date.parse(h.created), to: i.toString })),
      )
      .sort((a, b) => a.at - b.at);
    expect(transitions.length).toBeGreaterThan(0);
    const data = await query<{ tms_Task: { statusChangelog: { changedAt: number; status: { detail: string } }[] }[] }>(
      target,
      `{ tms_Task(where: {id: {_eq: "Jira|${issue.key}"}}) { statusChangelog } }`,
    );
    const changelog = data.tms_Task[0]?.statusChangelog ?? [];
    for (const t of transitions) {
      expect(changelog).toContainEqual(
        expect.objectContaining({ changedAt: t.at, status: expect.objectContaining({ detail: t.to }) }),
      );
    }
  });

  it('a Jenkins build: pipeline by job fullName on the Jenkins host, joined to the GitHub commits it built', async () => {
    const build = firstRecord('jenkins', 'builds') as {
      job: string;
      number: number;
      server: string;
      commits: { sha: string; remoteUrls: string[] }[];
    };
    const buildId = `Jenkins|${new URL(build.server).host}|${build.job}|${build.number}`;
    const github = build.commits.filter((c) => c.remoteUrls.some((u) => u.includes('github.com')));
    const expected = github.map((c) => {
      const [owner, repo] = c.remoteUrls[0]!.replace(/\.git$/, '')
        .split(/[/:]/)
        .slice(-2) as [string, string];
      return `GitHub|${owner.toLowerCase()}|${repo.toLowerCase()}|${c.sha.toLowerCase()}`;
    });
    const data = await query<{ cicd_BuildCommitAssociation: { commit: string }[]; vcs_Commit: { id: string }[] }>(
      target,
      `{ cicd_BuildCommitAssociation(where: {build: {_eq: "${buildId}"}}) { commit }
         vcs_Commit(where: {id: {_in: ${JSON.stringify(expected)}}}) { id } }`,
    );
    expect(data.cicd_BuildCommitAssociation.map((a) => a.commit).sort()).toEqual([...expected].sort());
    expect(data.vcs_Commit.map((c) => c.id).sort()).toEqual([...expected].sort());
  });
});
