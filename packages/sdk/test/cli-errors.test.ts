import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConfiguredAirbyteCatalog, type ConnectorContext, type ReadContext, Source, Stream } from '@faros-ce/sdk';
import { inProcess, withTempDir } from '@faros-ce/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExampleSource } from '../examples/http-source/source.ts';
import { exampleApi, incrementalCatalog, TOKEN } from './support/example.ts';

let api: Awaited<ReturnType<typeof exampleApi>>;
let dir: string;
const subject = inProcess(new ExampleSource());

beforeAll(async () => {
  api = await exampleApi();
  dir = await mkdtemp(join(tmpdir(), 'sdk-cli-'));
});
afterAll(() => api.server.close());

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('check with a bad config answers FAILED naming what is wrong', () => {
  it('a missing file', async () => {
    const run = await subject.run(['check', '--config', join(dir, 'nope.json')]);
    expect(run.exitCode).toBe(0);
    expect(run.connectionStatus).toEqual({
      status: 'FAILED',
      message: `The config file ${join(dir, 'nope.json')} does not exist`,
    });
  });

  it('a file that is not JSON, without quoting it', async () => {
    const path = await file('broken.json', `{\n  "api_token": "${TOKEN}",\n  oops\n}`);
    const run = await subject.run(['check', '--config', path]);
    expect(run.connectionStatus?.status).toBe('FAILED');
    expect(run.connectionStatus?.message).toMatch(/is not valid JSON: syntax error at line 3, column 3$/);
    expect(JSON.stringify(run.messages)).not.toContain(TOKEN);
  });

  it('a missing required field, a wrong type and a bound', async () => {
    const run = await subject.check({ api_url: api.server.url, page_size: 'big', concurrency: 99 });
    expect(run.count('CONNECTION_STATUS')).toBe(1);
    const message = run.connectionStatus?.message ?? '';
    expect(message).toContain('api_token is required (rule: required)');
    expect(message).toContain('page_size must be integer (rule: type)');
    expect(message).toContain('concurrency must be <= 8 (rule: maximum)');
  });

  it('a token the service refuses', async () => {
    const run = await subject.check({ ...api.config, api_token: 'wrong' });
    expect(run.connectionStatus?.status).toBe('FAILED');
    expect(run.connectionStatus?.message).toMatch(/GET .*\/me.* 401/);
  });
});

describe('other commands fail with a config_error trace and exit 1', () => {
  it('discover with an invalid config', async () => {
    const run = await subject.discover({ api_url: 'not a url', api_token: TOKEN });
    expect(run.exitCode).toBe(1);
    expect(run.catalog).toBeUndefined();
    expect(run.errors()).toEqual([
      expect.objectContaining({
        failure_type: 'config_error',
        message: 'The config is invalid: api_url must match format "uri" (rule: format)',
      }),
    ]);
  });

  it('a catalog naming an unknown stream', async () => {
    const catalog = incrementalCatalog((await subject.discover(api.config)).catalog, ['employees']);
    const [configured] = catalog.streams;
    if (!configured) throw new Error('no stream');
    const run = await subject.read(api.config, {
      streams: [{ ...configured, stream: { ...configured.stream, name: 'salaries' } }],
    });
    expect(run.exitCode).toBe(1);
    expect(run.records()).toHaveLength(0);
    expect(run.errors()[0]?.failure_type).toBe('config_error');
    expect(run.errors()[0]?.message).toMatch(/catalog\.streams\[0\]: stream "salaries" is not a stream of this source/);
  });

  it('a sync mode the stream does not support', async () => {
    const discovered = (await subject.discover(api.config)).catalog;
    const departments = discovered?.streams.find((s) => s.name === 'departments');
    if (!departments) throw new Error('no departments');
    const run = await subject.read(api.config, {
      streams: [{ stream: departments, sync_mode: 'incremental', destination_sync_mode: 'append' }],
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors()[0]).toMatchObject({ failure_type: 'config_error' });
    expect(run.errors()[0]?.message).toMatch(/stream "departments" has no cursor, so it cannot sync incrementally/);
  });

  it('a catalog that breaks the protocol', async () => {
    const discovered = (await subject.discover(api.config)).catalog;
    const run = await subject.read(api.config, {
      streams: [{ stream: discovered?.streams[0], sync_mode: 'full_refresh' }],
    } as never);
    expect(run.exitCode).toBe(1);
    expect(run.errors()[0]?.message).toBe(
      'The catalog is invalid: catalog.streams[0].destination_sync_mode: is required',
    );
  });

  it('a state file of the wrong shape', async () => {
    const catalog = incrementalCatalog((await subject.discover(api.config)).catalog, ['employees']);
    const run = await subject.read(api.config, catalog, [{ type: 'STREAM', stream: { stream_state: {} } }] as never);
    expect(run.exitCode).toBe(1);
    expect(run.errors()[0]).toMatchObject({
      failure_type: 'config_error',
      message: 'Invalid state: state[0].stream.stream_descriptor: is required',
    });
  });

  it('a command line without a required option', async () => {
    const run = await subject.run(['read', '--config', join(dir, 'x.json')]);
    expect(run.exitCode).toBe(1);
    expect(run.errors()[0]).toMatchObject({ failure_type: 'config_error' });
    expect(run.errors()[0]?.message).toMatch(/--catalog <path>/);
  });
});

class BuggySource extends Source<Record<string, unknown>> {
  readonly name = 'buggy';
  spec() {
    return { connectionSpecification: { type: 'object', properties: {} } };
  }
  async check(): Promise<{ succeeded: true }> {
    const missing = undefined as unknown as { call(): void };
    missing.call();
    return { succeeded: true };
  }
  streams(_config: unknown, _ctx: ConnectorContext): Stream<Record<string, unknown>>[] {
    return [new ExplodingStream()];
  }
}

class ExplodingStream extends Stream<Record<string, unknown>> {
  readonly name = 'boom';
  readonly jsonSchema = { type: 'object' };
  // biome-ignore lint/correctness/useYield: the bug is that it throws before yielding
  async *read(_ctx: ReadContext<Record<string, unknown>>): AsyncGenerator<Record<string, unknown>> {
    throw new TypeError('cannot read properties of undefined');
  }
}

describe('a bug becomes a system_error trace with its stack', () => {
  it('in check: an error trace, no connection status, exit 1', async () => {
    const run = await inProcess(new BuggySource()).check({});
    expect(run.exitCode).toBe(1);
    expect(run.connectionStatus).toBeUndefined();
    const [error] = run.errors();
    expect(error?.failure_type).toBe('system_error');
    expect(error?.internal_message).toMatch(/TypeError: .*\n\s+at /);
  });

  it('in a stream: INCOMPLETE, the trace names the stream, exit 1', async () => {
    const subjectBuggy = inProcess(new BuggySource());
    const catalog: ConfiguredAirbyteCatalog = {
      streams: [
        {
          stream: { name: 'boom', json_schema: {}, supported_sync_modes: ['full_refresh'] },
          sync_mode: 'full_refresh',
          destination_sync_mode: 'append',
        },
      ],
    };
    const run = await subjectBuggy.read({}, catalog);
    expect(run.exitCode).toBe(1);
    expect(run.streamStatuses('boom').map((s) => s.status)).toEqual(['STARTED', 'INCOMPLETE']);
    expect(run.errors()[0]).toMatchObject({ failure_type: 'system_error', stream_descriptor: { name: 'boom' } });
    expect(run.errors()[0]?.stack_trace).toMatch(/TypeError: cannot read properties of undefined/);
    expect(run.states()).toHaveLength(0);
  });
});

describe('--help and --version', () => {
  it('print and exit 0', async () => {
    const version = await subject.run(['--version']);
    expect(version.exitCode).toBe(0);
    expect(version.invalidLines.map((l) => l.text)).toEqual(['0.1.0']);
    const help = await subject.run(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.invalidLines.map((l) => l.text).join('\n')).toMatch(/read \[options\]/);
    // A subcommand's help goes where the run's output goes, too.
    const readHelp = await subject.run(['read', '--help']);
    expect(readHelp.invalidLines.map((l) => l.text).join('\n')).toMatch(/--state <path>/);
  });
});

class MistypedStream extends Stream<Record<string, unknown>> {
  readonly name = 'mistyped';
  readonly jsonSchema = { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] };
  async *read(): AsyncGenerator<Record<string, unknown>> {
    yield { id: 1 };
    yield { id: 'two' };
  }
}

class MistypedSource extends BuggySource {
  override streams(): Stream<Record<string, unknown>>[] {
    return [new MistypedStream()];
  }
}

describe('read --validate-records', () => {
  const catalog: ConfiguredAirbyteCatalog = {
    streams: [
      {
        stream: { name: 'mistyped', json_schema: {}, supported_sync_modes: ['full_refresh'] },
        sync_mode: 'full_refresh',
        destination_sync_mode: 'append',
      },
    ],
  };

  it('fails the stream at the first record that does not match its schema, naming the field', async () => {
    const run = await withTempDir(async (temp) =>
      inProcess(new MistypedSource()).run([
        'read',
        '--config',
        await temp.writeJson('config.json', {}),
        '--catalog',
        await temp.writeJson('catalog.json', catalog),
        '--validate-records',
      ]),
    );
    expect(run.exitCode).toBe(1);
    expect(run.records().map((r) => r.data.id)).toEqual([1]);
    expect(run.errors()[0]?.message).toMatch(/does not match the stream's schema: record\.id: must be integer/);
  });

  it('lets the same records through without the switch', async () => {
    const run = await inProcess(new MistypedSource()).read({}, catalog);
    expect(run.exitCode).toBe(0);
    expect(run.records()).toHaveLength(2);
  });
});
