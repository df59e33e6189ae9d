import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfiguredAirbyteCatalog, DestinationSyncMode } from '@faros-ce/sdk';
import { runWrite } from '@faros-ce/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  captureOutput,
  InputFeed,
  inputOf,
  rec,
  status,
  streamState,
  until,
} from '../../src/destination/write-test-kit.js';
import { JsonlDestination } from './destination.ts';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'jsonl-destination-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function catalog(streams: Record<string, DestinationSyncMode>, generation?: number): ConfiguredAirbyteCatalog {
  return {
    streams: Object.entries(streams).map(([name, mode]) => ({
      stream: { name, json_schema: { type: 'object' }, supported_sync_modes: ['full_refresh'] },
      sync_mode: 'full_refresh',
      destination_sync_mode: mode,
      ...(generation === undefined ? {} : { generation_id: generation, minimum_generation_id: generation }),
    })),
  };
}

async function lines(file: string): Promise<unknown[]> {
  const text = await readFile(join(directory, file), 'utf8');
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l).data);
}

describe('JsonlDestination', () => {
  it('specifies a required directory and the append and overwrite modes', async () => {
    const spec = await new JsonlDestination().spec();
    expect(spec.connectionSpecification.required).toEqual(['directory']);
    expect(spec.supported_destination_sync_modes).toEqual(['append', 'overwrite']);
  });

  it('checks that the directory is writable, and leaves nothing behind', async () => {
    const destination = new JsonlDestination();
    const out = captureOutput();
    expect(await destination.check({ directory: join(directory, 'new') }, out.output)).toEqual({ succeeded: true });
    expect(await readdir(join(directory, 'new'))).toEqual([]);
    await writeFile(join(directory, 'file'), 'x');
    const failed = await destination.check({ directory: join(directory, 'file', 'sub') }, out.output);
    expect(failed.succeeded).toBe(false);
    expect(failed.succeeded === false && failed.message).toMatch(/Cannot write to the directory .*file\/sub/);
  });

  it('appends records per stream, across runs, and has them on disk when their state is echoed', async () => {
    const config = { directory };
    const out = captureOutput();
    const input = new InputFeed();
    const done = runWrite(
      new JsonlDestination(),
      config,
      catalog({ users: 'append', 'a/b.c': 'append' }),
      input,
      out.output,
    );
    input.push(rec('users', { id: 1 }), rec('a/b.c', { id: 'x' }), streamState('users', { c: 1 }));
    input.push(status('users', 'COMPLETE'));
    await until(() => out.states().length === 1, 'the echo of the users state');
    expect(await lines('users.jsonl')).toEqual([{ id: 1 }]);
    input.end();
    await done;
    expect(await lines('a%2Fb%2Ec.jsonl')).toEqual([{ id: 'x' }]);
    await runWrite(
      new JsonlDestination(),
      config,
      catalog({ users: 'append' }),
      inputOf(rec('users', { id: 2 })),
      out.output,
    );
    expect(await lines('users.jsonl')).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('replaces an overwrite stream only on COMPLETE; a retry of the same generation keeps what it had', async () => {
    const config = { directory };
    await writeFile(join(directory, 'users.jsonl'), `${JSON.stringify({ data: { id: 'old' } })}\n`);
    // Attempt 1 fails before COMPLETE: the old data stays.
    await runWrite(
      new JsonlDestination(),
      config,
      catalog({ users: 'overwrite' }, 7),
      inputOf(rec('users', { id: 1 })),
      captureOutput().output,
    );
    expect(await lines('users.jsonl')).toEqual([{ id: 'old' }]);
    // Attempt 2 resumes and completes: the file holds both attempts' records, nothing older.
    await writeFile(join(directory, 'users.jsonl.gen-6.partial'), 'left by an older sync\n');
    await runWrite(
      new JsonlDestination(),
      config,
      catalog({ users: 'overwrite' }, 7),
      inputOf(rec('users', { id: 2 }), status('users', 'COMPLETE')),
      captureOutput().output,
    );
    expect(await lines('users.jsonl')).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await readdir(directory)).toEqual(['users.jsonl']);
  });

  it('starts an overwrite over when there is no generation id, and empties a stream that sent nothing', async () => {
    const config = { directory };
    const destination = new JsonlDestination();
    await runWrite(
      destination,
      config,
      catalog({ users: 'overwrite' }),
      inputOf(rec('users', { id: 1 })),
      captureOutput().output,
    );
    await runWrite(
      destination,
      config,
      catalog({ users: 'overwrite', empty: 'overwrite' }),
      inputOf(rec('users', { id: 2 }), status('users', 'COMPLETE'), status('empty', 'COMPLETE')),
      captureOutput().output,
    );
    expect(await lines('users.jsonl')).toEqual([{ id: 2 }]);
    expect(await lines('empty.jsonl')).toEqual([]);
  });

  it('refuses a sync mode it does not support', async () => {
    const run = runWrite(
      new JsonlDestination(),
      { directory },
      catalog({ users: 'append_dedup' }),
      inputOf(),
      captureOutput().output,
    );
    await expect(run).rejects.toMatchObject({ failureType: 'config_error' });
  });
});
