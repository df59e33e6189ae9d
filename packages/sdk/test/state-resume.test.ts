import { inProcess } from '@faros-ce/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employee } from '../examples/http-source/server.ts';
import { ExampleSource } from '../examples/http-source/source.ts';
import { exampleApi, incrementalCatalog } from './support/example.ts';

let api: Awaited<ReturnType<typeof exampleApi>>;
const subject = inProcess(new ExampleSource());
beforeAll(async () => {
  api = await exampleApi();
});
afterAll(() => api.server.close());

const bookmark = employee(45).updated_at;
const notesState = { '1': { created_at: '2026-01-01T08:00:00.000Z' } };

// The same saved position in each of the three shapes a --state file may take.
const shapes = {
  'a STREAM state array': [
    { type: 'STREAM', stream: { stream_descriptor: { name: 'employees' }, stream_state: { updated_at: bookmark } } },
    { type: 'STREAM', stream: { stream_descriptor: { name: 'notes' }, stream_state: notesState } },
  ],
  'a GLOBAL state': [
    {
      type: 'GLOBAL',
      global: {
        shared_state: {},
        stream_states: [
          { stream_descriptor: { name: 'employees' }, stream_state: { updated_at: bookmark } },
          { stream_descriptor: { name: 'notes' }, stream_state: notesState },
        ],
      },
    },
  ],
  'a legacy state object': { employees: { updated_at: bookmark }, notes: notesState },
};

describe.each(Object.entries(shapes))('a read resumes from %s', (_shape, state) => {
  it('reads employees from the saved cursor on, and each department from its own', async () => {
    const catalog = incrementalCatalog((await subject.discover(api.config)).catalog, ['employees', 'notes']);
    const run = await subject.read(api.config, catalog, state as never);
    expect(run.exitCode).toBe(0);
    // At-least-once: the record at the cursor is read again, nothing before it.
    expect(run.records('employees').map((r) => r.data.id)).toEqual(Array.from({ length: 16 }, (_, i) => 45 + i));
    const notes = run.records('notes');
    expect(notes.filter((r) => r.data.department_id === 1).map((r) => r.data.id)).toEqual([10008, 10009, 10010]);
    expect(notes.filter((r) => r.data.department_id === 2)).toHaveLength(10);
    expect(
      run.lastStates().find((s) => s.stream?.stream_descriptor.name === 'employees')?.stream?.stream_state,
    ).toEqual({
      updated_at: employee(60).updated_at,
    });
  });
});
