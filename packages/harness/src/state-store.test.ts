import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AirbyteStateMessage } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { ConnectionLockedError } from './connection-lock.js';
import { StateFileError, StateStore } from './state-store.js';

const streamState = (name: string, value: unknown, extra: Record<string, unknown> = {}): AirbyteStateMessage => ({
  type: 'STREAM',
  stream: { stream_descriptor: { name }, stream_state: { cursor: value } },
  ...extra,
});

describe('StateStore', () => {
  it('keeps the latest state per stream, without the platform fields, in the file after every commit', () => {
    const home = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new StateStore('conn', home);
    store.commit(streamState('a', 1, { id: 7, sourceStats: { recordCount: 3 }, destinationStats: { recordCount: 3 } }));
    store.commit(streamState('b', 1));
    store.commit(streamState('a', 2));
    const onDisk = JSON.parse(readFileSync(join(home, 'conn', 'state.json'), 'utf8'));
    expect(onDisk).toEqual([streamState('b', 1), streamState('a', 2)]);
    expect(new StateStore('conn', home).read()).toEqual(onDisk);
    expect(store.reset([{ name: 'a' }])).toBe(1);
    expect(new StateStore('conn', home).read()).toEqual([streamState('b', 1)]);
  });

  it('imports an Airbyte state array or a legacy object, and refuses what is neither', () => {
    const store = new StateStore('imp', mkdtempSync(join(tmpdir(), 'store-')));
    store.import(JSON.stringify([streamState('x', 5)]));
    expect(store.read()).toEqual([streamState('x', 5)]);
    store.import('{"x": {"cursor": 5}}');
    expect(store.read()).toEqual([{ type: 'LEGACY', data: { x: { cursor: 5 } } }]);
    expect(() => store.import('[{"type": "SOMETHING"}]')).toThrow(StateFileError);
    expect(() => store.import('[{"type": "STREAM", "stream": {}}]')).toThrow(/without stream.stream_descriptor.name/);
    expect(() => store.import('nope')).toThrow(/not valid JSON/);
  });

  it('locks a connection against a second live process, and names and takes over a stale lock', () => {
    const home = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new StateStore('locked', home);
    const lock = store.lock();
    expect(lock.staleHolder).toBeUndefined();
    expect(() => new StateStore('locked', home).lock()).toThrow(ConnectionLockedError);
    expect(() => store.lock()).toThrow(new RegExp(`process ${process.pid}`));
    lock.release();
    expect(existsSync(join(home, 'locked', 'sync.lock'))).toBe(false);

    // A lock left by a process that no longer runs (killed) is stale.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    const lockFile = join(home, 'locked', 'sync.lock');
    writeFileSync(lockFile, JSON.stringify({ pid: deadPid, host: hostname(), startedAt: 'then' }));
    const taken = store.lock();
    expect(taken.staleHolder).toMatchObject({ pid: deadPid, startedAt: 'then' });
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
    taken.release();
  });
});
