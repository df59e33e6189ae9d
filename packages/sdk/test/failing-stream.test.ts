import { inProcess } from '@faros-ce/sdk/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ExampleSource } from '../examples/http-source/source.ts';
import { exampleApi, incrementalCatalog } from './support/example.ts';

let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi({ failPath: '/departments/3/notes' });
});
afterAll(() => api.server.close());

it('a failing stream ends INCOMPLETE with its error, the others complete, the exit code is 1', async () => {
  const subject = inProcess(new ExampleSource());
  const config = { ...api.config, concurrency: 1 };
  const catalog = incrementalCatalog((await subject.discover(config)).catalog);
  expect(catalog.streams.map((s) => s.stream.name)).toEqual(['departments', 'employees', 'notes']);
  const run = await subject.read(config, catalog);

  expect(run.exitCode).toBe(1);
  expect(run.streamStatuses('departments').at(-1)?.status).toBe('COMPLETE');
  expect(run.streamStatuses('employees').at(-1)?.status).toBe('COMPLETE');
  expect(run.streamStatuses('notes').map((s) => s.status)).toEqual(['STARTED', 'RUNNING', 'INCOMPLETE']);
  expect(run.records('employees')).toHaveLength(60);

  const [error] = run.errors();
  expect(run.errors()).toHaveLength(1);
  expect(error).toMatchObject({ failure_type: 'transient_error', stream_descriptor: { name: 'notes' } });
  expect(error?.message).toMatch(/GET .*\/departments\/3\/notes.* 500/);

  // Departments 1 and 2 were checkpointed; nothing after the failure moved any cursor.
  const lastNotes = run.states('notes').at(-1)?.stream?.stream_state ?? {};
  expect(Object.keys(lastNotes).sort()).toEqual(['1', '2']);
});
