import type { ConfiguredAirbyteStream, Logger } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import type { Converter } from './converters/converter.js';
import { ConverterRegistry } from './converters/registry.js';
import { parseStreamName, Router } from './router.js';

function stream(name: string): ConfiguredAirbyteStream {
  return {
    stream: { name, json_schema: {}, supported_sync_modes: ['full_refresh'] },
    sync_mode: 'full_refresh',
    destination_sync_mode: 'overwrite',
  };
}

function logger(lines: string[]): Logger {
  const log = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { info: log('INFO'), warn: log('WARN'), error: log('ERROR'), debug: log('DEBUG') } as unknown as Logger;
}

const prs: Converter = { source: 'github', stream: 'pull_requests', ownedModels: [], convert: () => [] };

describe('parseStreamName', () => {
  it('reads from the right: stream, source type, then the origin (which may hold __)', () => {
    expect(parseStreamName('my__org__GitHub__pull_requests')).toEqual({
      prefix: 'my__org',
      source: 'github',
      stream: 'pull_requests',
    });
    expect(parseStreamName('jira__issues')).toEqual({ prefix: undefined, source: 'jira', stream: 'issues' });
    expect(parseStreamName('x__gitlab__mrs').source).toBeUndefined();
    expect(parseStreamName('plain')).toEqual({ prefix: undefined, source: undefined, stream: 'plain' });
  });
});

describe('Router', () => {
  it('routes by registry, names the origin, and logs one line per stream', () => {
    const lines: string[] = [];
    const router = new Router(
      [stream('mygh__github__pull_requests'), stream('mygh__github__unknown'), stream('foo')],
      new ConverterRegistry([prs]),
      undefined,
      logger(lines),
    );
    expect(router.route('mygh__github__pull_requests')).toMatchObject({ origin: 'mygh', converter: prs });
    expect(router.route('mygh__github__unknown')?.converter).toBeUndefined();
    expect(lines).toEqual([
      'INFO Stream mygh__github__pull_requests: converter github/pull_requests, origin mygh',
      'WARN Stream mygh__github__unknown: no converter; its records will be skipped',
      'WARN Stream foo: its source type is not github, jira or jenkins; its records will be skipped',
    ]);
  });

  it("lets the config's origin win over the prefix", () => {
    const router = new Router([stream('mygh__github__pull_requests')], new ConverterRegistry([prs]), 'ce', logger([]));
    expect(router.route('mygh__github__pull_requests')?.origin).toBe('ce');
  });

  it('refuses two converters for one stream', () => {
    expect(() => new ConverterRegistry([prs, prs])).toThrow('Two converters for github__pull_requests');
  });
});
