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
});
