import { configuredCatalogFrom, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource } from '@faros-ce/source-github';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';
import { withoutFingerprints } from './without-fingerprints.js';
import { WORLD_KEY_OF } from './world-keys-of.js';

const gh = await startGithubSandbox({ seed: 9 });
afterAll(() => gh.close());

/** The streams that ask GitHub with If-None-Match, and the world entity each lists. */
const CONDITIONAL = ['issues', 'comments', 'review_comments'];

type Holders = Record<string, { _memo?: { etag?: string } }>;

describe('conditional requests (ETag)', () => {
  it('an unchanged repository answers 304 and emits nothing; a changed one still yields its changes', async () => {
    const subject = inProcess(new GithubSource());
    const discovered = (await subject.discover(gh.config)).catalog ?? { streams: [] };
    const catalog = configuredCatalogFrom(discovered, { syncMode: 'incremental', streams: CONDITIONAL });
    // The first sync moves each cursor; the second asks from there and saves that answer's ETag.
    const first = await subject.read(gh.config, catalog);
    expect(first.exitCode, JSON.stringify(first.traces('ERROR'))).toBe(0);
    // Without the change probe's fingerprints, which would skip unchanged repositories before any request.
    const second = await subject.read(gh.config, catalog, withoutFingerprints(first.lastStates()));
    expect(second.exitCode).toBe(0);
    const states = second.lastStates();
    const stateOf = (stream: string): Holders =>
      (states.find((s) => s.stream?.stream_descriptor.name === stream)?.stream?.stream_state ?? {}) as Holders;

    const third = await subject.read(gh.config, catalog, withoutFingerprints(states));
    expect(third.exitCode, JSON.stringify(third.traces('ERROR'))).toBe(0);
    expect(third.errors()).toEqual([]);
    for (const stream of CONDITIONAL) {
      const tagged = Object.entries(stateOf(stream)).filter(([, holder]) => typeof holder._memo?.etag === 'string');
      expect(tagged.length, `${stream}: repositories with a saved ETag`).toBeGreaterThan(0);
      const taggedRepos = new Set(tagged.map(([repo]) => repo));
      // Without the 304 these repositories would re-emit the records at their cursor, as the second sync did.
      const resent = second.records(stream).filter((r) => taggedRepos.has(String(r.data.repository)));
      expect(resent.length, `${stream}: second sync re-emits the boundary`).toBeGreaterThan(0);
      const again = third.records(stream).filter((r) => taggedRepos.has(String(r.data.repository)));
      expect(
        again.map((r) => r.data.id),
        `${stream}: emitted despite 304`,
      ).toEqual([]);
    }
    // The 304 kept each repository's state as it was.
    for (const stream of CONDITIONAL) {
      const after = third.lastStates().find((s) => s.stream?.stream_descriptor.name === stream)?.stream?.stream_state;
      if (after !== undefined) expect(after).toEqual(stateOf(stream));
    }

    const summary = gh.sandbox.world.advance(2);
    const fourth = await subject.read(gh.config, catalog, states);
    expect(fourth.exitCode).toBe(0);
    const truth = gh.sandbox.world.truth().github as Record<string, { keys: readonly string[] }>;
    let checked = 0;
    for (const stream of ['issues', 'review_comments']) {
      const { entity, key } = WORLD_KEY_OF[stream] as (typeof WORLD_KEY_OF)[string];
      const changes = (summary.github as Record<string, { created: string[]; updated: string[] } | undefined>)[entity];
      const exists = new Set(truth[entity]?.keys);
      const expected = [...(changes?.created ?? []), ...(changes?.updated ?? [])].filter((k) => exists.has(k));
      const got = new Set(fourth.records(stream).map((r) => key(r.data)));
      expect(
        expected.filter((k) => !got.has(k)),
        `${stream}: changed but not emitted`,
      ).toEqual([]);
      checked += expected.length;
    }
    expect(checked, 'the world changed some issues or review comments').toBeGreaterThan(0);
  });
});
