import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';
import { withoutFingerprints } from './without-fingerprints.js';
import { WORLD_KEY_OF } from './world-keys-of.js';

const gh = await startGithubSandbox({ seed: 9 });
afterAll(() => gh.close());
const github = gh.sandbox.service('github');

/** The streams that ask GitHub with If-None-Match, and the world entity each lists. */
const CONDITIONAL = ['issues', 'comments', 'review_comments'];

type Holders = Record<string, { _memo?: { etag?: string } }>;

describe('conditional requests (ETag)', () => {
  it('an unchanged repository answers 304 and emits nothing; a changed one still yields its changes', async () => {
    const subject = inProcess(new GithubSource());
    const catalog = await discoverCatalog(subject, gh.config, { syncMode: 'incremental', streams: CONDITIONAL });
    const first = await subject.read(gh.config, catalog);
    expect(first.exitCode, JSON.stringify(first.traces('ERROR'))).toBe(0);
    const stateOf = (states: ReturnType<typeof first.lastStates>, stream: string): Holders =>
      (states.find((s) => s.stream?.stream_descriptor.name === stream)?.stream?.stream_state ?? {}) as Holders;
    const tagged = (stream: string): Set<string> =>
      new Set(
        Object.entries(stateOf(first.lastStates(), stream))
          .filter(([, holder]) => typeof holder._memo?.etag === 'string')
          .map(([repo]) => repo),
      );
    // The very next sync asks what the full read asked (not from the newer cursor), so it can be a 304.
    // Without the change probe's fingerprints, which would skip unchanged repositories before any request.
    github.resetStats();
    const second = await subject.read(gh.config, catalog, withoutFingerprints(first.lastStates()));
    expect(second.exitCode, JSON.stringify(second.traces('ERROR'))).toBe(0);
    expect(second.errors()).toEqual([]);
    let taggedInAll = 0;
    for (const stream of CONDITIONAL) {
      const repos = tagged(stream);
      expect(repos.size, `${stream}: repositories with a saved ETag`).toBeGreaterThan(0);
      taggedInAll += repos.size;
      const again = second.records(stream).filter((r) => repos.has(String(r.data.repository)));
      expect(
        again.map((r) => r.data.id),
        `${stream}: emitted despite 304`,
      ).toEqual([]);
    }
    expect(github.stats().notModified).toBe(taggedInAll);
    // The 304 kept each tagged repository's state as it was.
    const states = second.lastStates();
    for (const stream of CONDITIONAL) {
      const before = stateOf(first.lastStates(), stream);
      const after = stateOf(states, stream);
      for (const repo of tagged(stream)) expect(after[repo], `${stream} ${repo}`).toEqual(before[repo]);
    }

    const summary = gh.sandbox.world.advance(2);
    const fourth = await subject.read(gh.config, catalog, states);
    expect(fourth.exitCode).toBe(0);
    const truth = gh.sandbox.world.truth().github as Record<string, { keys: readonly string[] }>;
    let checked = 0;
    let compared = 0;
    for (const stream of ['issues', 'review_comments']) {
      const { entity, key } = WORLD_KEY_OF[stream] as (typeof WORLD_KEY_OF)[string];
      const changes = (summary.github as Record<string, { created: string[]; updated: string[] } | undefined>)[entity];
      const exists = new Set(truth[entity]?.keys);
      const expected = [...(changes?.created ?? []), ...(changes?.updated ?? [])].filter((k) => exists.has(k));
      const got = new Set(fourth.records(stream).map((r) => key(r.data)));
      // Asked from the ETag's older since, a changed repository still sends nothing older than its cursor.
      const cursors = stateOf(states, stream) as Record<string, { updated_at?: string }>;
      for (const record of fourth.records(stream)) {
        const cursor = cursors[String(record.data.repository)]?.updated_at;
        if (cursor === undefined) continue;
        expect(String(record.data.updated_at) >= cursor, `${stream} ${key(record.data)}`).toBe(true);
        compared += 1;
      }
      expect(
        expected.filter((k) => !got.has(k)),
        `${stream}: changed but not emitted`,
      ).toEqual([]);
      checked += expected.length;
    }
    expect(checked, 'the world changed some issues or review comments').toBeGreaterThan(0);
    expect(compared, 'records compared with their repository cursor').toBeGreaterThan(0);
  });
});
