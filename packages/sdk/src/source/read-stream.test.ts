import { describe, expect, it } from 'vitest';
import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import type { Message } from '../protocol/messages.js';
import { inProcess } from '../testing/connector-under-test.js';
import { Source } from './source.js';
import { type ReadContext, Stream, type StreamSlice } from './stream.js';

interface Config {
  failKey?: string;
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Three repositories whose events arrive at different paces, in cursor order within each.
class Events extends Stream<Config> {
  readonly name = 'events';
  readonly jsonSchema = { type: 'object', properties: { id: { type: 'string' }, at: { type: 'integer' } } };
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['at'];
  override readonly sortedByCursor = true;
  override readonly checkpointInterval = 3;
  readonly started: string[] = [];

  override slices(): StreamSlice[] {
    return ['a', 'b', 'c'].map((key) => ({ key }));
  }

  async *read(ctx: ReadContext<Config>): AsyncGenerator<Record<string, unknown>> {
    const key = ctx.slice.key ?? '';
    this.started.push(key);
    const pace = { a: 1, b: 3, c: 2 }[key] ?? 1;
    const from = typeof ctx.bookmark === 'number' ? ctx.bookmark : 1;
    for (let at = from; at <= 10; at++) {
      await tick(pace);
      if (ctx.config.failKey === key && at === 6) throw new Error(`repository ${key} is gone`);
      yield { id: `${key}-${at}`, at };
    }
  }
}

class EventsSource extends Source<Config> {
  readonly name = 'events-source';
  readonly stream = new Events();
  spec() {
    return { connectionSpecification: { type: 'object', properties: { failKey: { type: 'string' } } } };
  }
  async check() {
    return { succeeded: true as const };
  }
  streams() {
    return [this.stream];
  }
  override concurrency(): number {
    return 3;
  }
}

const catalog: ConfiguredAirbyteCatalog = {
  streams: [
    {
      stream: { name: 'events', json_schema: {}, supported_sync_modes: ['full_refresh', 'incremental'] },
      sync_mode: 'incremental',
      destination_sync_mode: 'append',
    },
  ],
};

// Every state's cursor per key is at most the last record emitted for that key, and its
// recordCount is the number of records since the previous state.
function expectStatesBehindRecords(messages: readonly Message[]): void {
  const emitted = new Map<string, number>();
  let since = 0;
  for (const message of messages) {
    if (message.type === 'RECORD') {
      const [key = ''] = String(message.record.data.id).split('-');
      emitted.set(key, Math.max(emitted.get(key) ?? 0, Number(message.record.data.at)));
      since++;
    }
    if (message.type === 'STATE') {
      const state = message.state.stream?.stream_state as Record<string, { at: number }>;
      for (const [key, value] of Object.entries(state)) expect(value.at).toBeLessThanOrEqual(emitted.get(key) ?? 0);
      expect(message.state.sourceStats?.recordCount).toBe(since);
      since = 0;
    }
  }
}

describe('keyed slices read concurrently', () => {
  it('interleave, and every state covers only records already emitted, with exact counts', async () => {
    const run = await inProcess(new EventsSource()).read({}, catalog);
    expect(run.exitCode).toBe(0);
    expect(run.records()).toHaveLength(30);
    const keys = run.records().map((r) => String(r.data.id).slice(0, 1));
    // Read one after the other, every 'a' would come before any 'b' or 'c'.
    expect(keys.findIndex((k) => k !== 'a')).toBeLessThan(keys.lastIndexOf('a'));

    expectStatesBehindRecords(run.messages);
    expect(run.lastStates()[0]?.stream?.stream_state).toEqual({ a: { at: 10 }, b: { at: 10 }, c: { at: 10 } });
  });

  it('a failing slice fails the stream; no state after the failure, and a resume misses nothing', async () => {
    const source = new EventsSource();
    const failed = await inProcess(source).read({ failKey: 'b' }, catalog);
    expect(failed.exitCode).toBe(1);
    expect(failed.streamStatuses('events').at(-1)?.status).toBe('INCOMPLETE');
    expect(failed.errors()[0]?.message).toMatch(/repository b is gone/);
    // No cursor ran ahead of the records, b's included, though a and c went on after b failed.
    expectStatesBehindRecords(failed.messages);
    expect(failed.lastStates()[0]?.stream?.stream_state).not.toHaveProperty('b.at', 10);
    const seen = new Set(failed.records().map((r) => r.data.id));

    const resumed = await inProcess(new EventsSource()).read({}, catalog, failed.lastStates());
    expect(resumed.exitCode).toBe(0);
    for (const r of resumed.records()) seen.add(r.data.id);
    for (const key of ['a', 'b', 'c']) for (let at = 1; at <= 10; at++) expect(seen).toContain(`${key}-${at}`);
  });
});

// Builds of two jobs, newest first; a build whose `running` flag is set may still change.
class Builds extends Stream<{ running: Record<string, number[]> }> {
  readonly name = 'builds';
  readonly jsonSchema = { type: 'object', properties: { id: { type: 'string' }, number: { type: 'integer' } } };
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['number'];

  override slices(): StreamSlice[] {
    return [{ key: 'x' }, { key: 'y' }];
  }

  *read(ctx: ReadContext<{ running: Record<string, number[]> }>): Generator<Record<string, unknown>> {
    const key = ctx.slice.key ?? '';
    const running = ctx.config.running[key] ?? [];
    const from = typeof ctx.bookmark === 'number' ? ctx.bookmark : 1;
    for (let number = 5; number >= from; number--) yield { id: `${key}-${number}`, number };
    // The next sync starts at the oldest running build, or after the newest one.
    ctx.setCursor(running.length > 0 ? Math.min(...running) : 6);
  }
}

class BuildsSource extends Source<{ running: Record<string, number[]> }> {
  readonly name = 'builds-source';
  spec() {
    return { connectionSpecification: { type: 'object', properties: { running: { type: 'object' } } } };
  }
  async check() {
    return { succeeded: true as const };
  }
  streams() {
    return [new Builds()];
  }
}

describe('setCursor', () => {
  const buildsCatalog: ConfiguredAirbyteCatalog = {
    streams: [
      {
        stream: { name: 'builds', json_schema: {}, supported_sync_modes: ['full_refresh', 'incremental'] },
        sync_mode: 'incremental',
        destination_sync_mode: 'append',
      },
    ],
  };

  it('commits the value a slice set instead of its highest record cursor, and never moves it back', async () => {
    const first = await inProcess(new BuildsSource()).read({ running: { x: [4, 5] } }, buildsCatalog);
    expect(first.exitCode).toBe(0);
    expect(first.records()).toHaveLength(10);
    expect(first.lastStates()[0]?.stream?.stream_state).toEqual({ x: { number: 4 }, y: { number: 6 } });

    // Resumed: x re-reads from its oldest running build; y has nothing at or after 6.
    const second = await inProcess(new BuildsSource()).read({ running: { y: [2] } }, buildsCatalog, first.lastStates());
    expect(second.records().map((r) => r.data.id)).toEqual(['x-5', 'x-4']);
    // y asked for 2, behind its saved 6: the saved cursor stays.
    expect(second.lastStates()[0]?.stream?.stream_state).toEqual({ x: { number: 6 }, y: { number: 6 } });
  });
});

// Changes whose cursor (epoch ms kept from a date string) repeats: ids 1-3 share one time, 4-5 another.
class Changes extends Stream<Record<string, never>> {
  readonly name = 'changes';
  readonly jsonSchema = { type: 'object', properties: { id: { type: 'integer' }, at: { type: 'string' } } };
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['at'];
  override readonly sortedByCursor = true;
  override readonly checkpointInterval = 2;

  *read(): Generator<Record<string, unknown>> {
    const times = ['2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z'];
    for (const [i, at] of [...times, '2025-01-02T00:00:00Z'].entries()) yield { id: i + 1, at };
  }

  override cursorValue(record: Record<string, unknown>): unknown {
    return Date.parse(String(record.at));
  }
}

class ChangesSource extends Source<Record<string, never>> {
  readonly name = 'changes-source';
  spec() {
    return { connectionSpecification: { type: 'object', properties: {} } };
  }
  async check() {
    return { succeeded: true as const };
  }
  streams() {
    return [new Changes()];
  }
}

describe('sorted checkpoints and cursorValue', () => {
  const changesCatalog: ConfiguredAirbyteCatalog = {
    streams: [
      {
        stream: { name: 'changes', json_schema: {}, supported_sync_modes: ['full_refresh', 'incremental'] },
        sync_mode: 'incremental',
        destination_sync_mode: 'append',
      },
    ],
  };

  it('saves the cursor as cursorValue returns it and never checkpoints inside a run of equal cursors', async () => {
    const run = await inProcess(new ChangesSource()).read({}, changesCatalog);
    expect(run.exitCode).toBe(0);
    const day1 = Date.parse('2025-01-01T00:00:00Z');
    const day2 = Date.parse('2025-01-02T00:00:00Z');
    // Due after record 2 (interval 2), but record 3 shares its cursor: the state comes before record 4.
    const order = run.messages.flatMap((m) =>
      m.type === 'RECORD'
        ? [`r${m.record?.data.id}`]
        : m.type === 'STATE'
          ? [`s${m.state?.sourceStats?.recordCount}`]
          : [],
    );
    expect(order).toEqual(['r1', 'r2', 'r3', 's3', 'r4', 'r5', 's2']);
    expect(run.states().map((s) => s.stream?.stream_state)).toEqual([{ at: day1 }, { at: day2 }]);
  });
});
