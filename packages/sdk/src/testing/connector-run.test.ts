import { describe, expect, it } from 'vitest';
import {
  catalogMessage,
  connectionStatusMessage,
  errorTraceMessage,
  logMessage,
  recordMessage,
  specMessage,
  streamDescriptor,
  streamStateMessage,
  streamStatusMessage,
} from '../protocol/messages.js';
import { ConnectorRun, RunCollector } from './connector-run.js';
import { GOOD_CONFIG, MemorySource } from './fixtures/memory-source.js';
import { runInProcess } from './run-in-process.js';
import { withTempDir } from './temp-dir.js';

describe('ConnectorRun', () => {
  const a = streamDescriptor('a');
  const nsA = streamDescriptor('a', 'ns');
  const run = new ConnectorRun({
    exitCode: 0,
    messages: [
      specMessage({ connectionSpecification: { type: 'object' } }),
      connectionStatusMessage('SUCCEEDED'),
      catalogMessage({ streams: [] }),
      logMessage('INFO', 'hello'),
      streamStatusMessage(a, 'STARTED'),
      recordMessage('a', { id: 1 }),
      recordMessage('a', { id: 2 }, 'ns'),
      recordMessage('b', { id: 3 }),
      streamStateMessage(a, { v: 1 }, 1),
      streamStateMessage(nsA, { v: 2 }, 1),
      streamStateMessage(a, { v: 3 }, 0),
      { type: 'STATE', state: { type: 'GLOBAL', global: { stream_states: [{ stream_descriptor: { name: 'b' } }] } } },
      errorTraceMessage({ message: 'boom', failureType: 'config_error' }),
    ],
    invalidLines: [],
    stderr: '',
  });

  it('answers the usual questions', () => {
    expect(run.spec).toEqual({ connectionSpecification: { type: 'object' } });
    expect(run.connectionStatus).toEqual({ status: 'SUCCEEDED' });
    expect(run.catalog).toEqual({ streams: [] });
    expect(run.logs).toEqual([{ level: 'INFO', message: 'hello' }]);
    expect(run.errors().map((e) => e.message)).toEqual(['boom']);
    expect(run.traces('STREAM_STATUS')).toHaveLength(1);
    expect(run.traces()).toHaveLength(2);
    expect(run.streamStatuses('a').map((s) => s.status)).toEqual(['STARTED']);
    expect(run.count('RECORD')).toBe(3);
  });

  it('selects records and states by name or by descriptor', () => {
    expect(run.records().map((r) => r.data.id)).toEqual([1, 2, 3]);
    expect(run.records('a').map((r) => r.data.id)).toEqual([1, 2]);
    expect(run.records({ name: 'a' }).map((r) => r.data.id)).toEqual([1]);
    expect(run.records(nsA).map((r) => r.data.id)).toEqual([2]);
    expect(run.states({ name: 'a' }).map((s) => s.stream?.stream_state)).toEqual([{ v: 1 }, { v: 3 }]);
    expect(run.states('b').map((s) => s.type)).toEqual(['GLOBAL']);
  });

  it('gives the state array a next run takes', () => {
    expect(run.lastStates()).toEqual([
      { type: 'GLOBAL', global: { stream_states: [{ stream_descriptor: { name: 'b' } }] } },
    ]);
  });
});

describe('RunCollector', () => {
  it('keeps lines that are not messages with their number and reason', () => {
    const collector = new RunCollector();
    collector.line('{"type":"LOG","log":{"level":"INFO","message":"hi"}}', 1);
    collector.line('Starting...', 2);
    collector.line('{"type":"RECORD","record":{"stream":"a"}}', 3);
    const run = collector.finish(0, 'err');
    expect(run.messages).toHaveLength(1);
    expect(run.invalidLines).toEqual([
      { lineNumber: 2, reason: expect.stringContaining('not valid JSON'), text: 'Starting...' },
      {
        lineNumber: 3,
        reason: expect.stringMatching(/record\.(data|emitted_at)/),
        text: '{"type":"RECORD","record":{"stream":"a"}}',
      },
    ]);
    expect(run.stderr).toBe('err');
  });
});

describe('runInProcess', () => {
  it('runs a source command and collects its messages', async () => {
    const run = await runInProcess(new MemorySource(), ['spec']);
    expect(run.exitCode).toBe(0);
    expect(run.spec?.connectionSpecification).toMatchObject({ required: ['token'] });
    expect(run.invalidLines).toEqual([]);
  });

  it('reports a failing command with its exit code and error trace', async () => {
    const run = await runInProcess(new MemorySource(), ['check', '--config', '/nonexistent/config.json']);
    expect(run.connectionStatus?.status).toBe('FAILED');
    const read = await runInProcess(new MemorySource(), [
      'read',
      '--config',
      '/nonexistent/c.json',
      '--catalog',
      'k.json',
    ]);
    expect(read.exitCode).toBe(1);
    expect(read.errors()[0]?.message).toMatch(/config file \/nonexistent\/c.json does not exist/);
  });

  it('collects text a command prints on stdout as invalid lines', async () => {
    const run = await runInProcess(new MemorySource(), ['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.messages).toEqual([]);
    expect(run.invalidLines[0]).toMatchObject({ lineNumber: 1, text: expect.stringContaining('memory-source') });
  });

  it('reads with files written to a temporary directory', async () => {
    const run = await withTempDir(async (dir) =>
      runInProcess(new MemorySource(), [
        'read',
        '--config',
        await dir.writeJson('config.json', { ...GOOD_CONFIG, rows: 7 }),
        '--catalog',
        await dir.writeJson('catalog.json', {
          streams: [
            {
              stream: { name: 'employees', json_schema: {}, supported_sync_modes: ['full_refresh'] },
              sync_mode: 'full_refresh',
              destination_sync_mode: 'append',
            },
          ],
        }),
      ]),
    );
    expect(run.exitCode).toBe(0);
    expect(run.records('employees').map((r) => r.data.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
