import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';
import { WORLD_KEY_OF } from './world-keys-of.js';

const gh = await startGithubSandbox({ seed: 9 });
afterAll(() => gh.close());

/** Incremental streams whose records are world entities, with the cursor field they keep. */
const CHECKED: Record<string, string> = {
  pull_requests: 'updated_at',
  pull_request_stats: 'updated_at',
  issues: 'updated_at',
  reviews: 'updated_at',
  review_comments: 'updated_at',
  releases: 'created_at',
  workflow_runs: 'updated_at',
  deployments: 'updated_at',
};

describe('after the world moves on', () => {
  it('an incremental sync emits exactly the new and changed records (plus those at the saved cursor)', async () => {
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, {
      syncMode: 'incremental',
      streams: Object.keys(CHECKED),
    });
    const first = await subject.read(gh.config, catalog);
    expect(first.exitCode, JSON.stringify(first.traces('ERROR'))).toBe(0);
    const states = first.lastStates();

    const summary = gh.sandbox.world.advance(2);
    const second = await subject.read(gh.config, catalog, states);
    expect(second.exitCode).toBe(0);

    for (const [stream, cursor] of Object.entries(CHECKED)) {
      const { entity, key } = WORLD_KEY_OF[stream] as (typeof WORLD_KEY_OF)[string];
      const changes = (summary.github as Record<string, { created: string[]; updated: string[] } | undefined>)[entity];
      // A dismissed review keeps its time: the world stores none for the dismissal, and the simulator's
      // GraphQL `updatedAt` is the submission time, so only new reviews are expected from it.
      const updated = stream === 'reviews' ? [] : (changes?.updated ?? []);
      const changed = new Set([...(changes?.created ?? []), ...updated]);
      const exists = new Set(
        (gh.sandbox.world.truth().github as Record<string, { keys: readonly string[] }>)[entity]?.keys,
      );
      const expected = [...changed].filter((k) => exists.has(k) && visible(stream, k, gh));
      const records = second.records(stream).map((r) => r.data);
      const got = new Set(records.map(key));
      expect(
        expected.filter((k) => !got.has(k)),
        `${stream}: changed but not emitted`,
      ).toEqual([]);
      // Anything else must sit exactly at the cursor saved for its repository (sorted streams resume at it).
      const saved = savedCursors(
        first.records(stream).map((r) => r.data),
        cursor,
      );
      const unexpected = records.filter((r) => !changed.has(key(r)) && saved.get(repoOf(r)) !== r[cursor]);
      expect(unexpected.map(key), `${stream}: emitted but unchanged`).toEqual([]);
    }
  });
});

function repoOf(record: Record<string, unknown>): string {
  const repo = record.repository;
  return typeof repo === 'string' ? repo : String((repo as { full_name: string }).full_name);
}

/** The highest cursor value per repository among the first sync's records. */
function savedCursors(records: Record<string, unknown>[], cursor: string): Map<string, unknown> {
  const max = new Map<string, unknown>();
  for (const r of records) {
    const value = r[cursor];
    const current = max.get(repoOf(r));
    if (current === undefined || Date.parse(String(value)) > Date.parse(String(current))) max.set(repoOf(r), value);
  }
  return max;
}

/** Pending reviews are only visible to their author (see truth.test.ts). */
function visible(stream: string, key: string, sandbox: typeof gh): boolean {
  if (stream !== 'reviews') return true;
  const [pr = '', id = ''] = key.split('/reviews/');
  const review = sandbox.sandbox.world.github.reviews.group(pr).find((r) => String(r.id) === id);
  return review?.state !== 'PENDING';
}
