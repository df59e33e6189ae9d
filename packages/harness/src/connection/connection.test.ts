import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConnection } from './connection.js';
import { ConnectionFileError } from './connection-error.js';

const good = `name: ci
source:
  connector: jenkins
  config:
    server_url: https://ci.example.com/
    token: \${CI_TOKEN}
destination:
  connector: faros
  config:
    edition_configs: {edition: community, hasura_url: "http://localhost:8080"}
streams:
  - builds
  - name: jobs
    sync_mode: full_refresh
frequency: 1h30m
`;

function errorOf(text: string, env: Record<string, string> = { CI_TOKEN: 't' }): ConnectionFileError {
  const dir = mkdtempSync(join(tmpdir(), 'conn-'));
  const file = join(dir, 'ci.yaml');
  writeFileSync(file, text);
  try {
    loadConnection(file, { env });
  } catch (error) {
    if (error instanceof ConnectionFileError) return error;
    throw error;
  }
  throw new Error('the file loaded');
}

describe('loadConnection', () => {
  it('reads a connection: variables filled, default prefix, stream selection, frequency', () => {
    const connection = loadConnection(good, { env: { CI_TOKEN: 'abc' } });
    expect(connection.name).toBe('ci');
    expect(connection.source.config.token).toBe('abc');
    expect(connection.source.type).toBe('jenkins');
    expect(connection.source.resolved.kind).toBe('package');
    expect(connection.prefix).toBe('ci__jenkins__');
    expect(connection.streams).toEqual([{ name: 'builds' }, { name: 'jobs', syncMode: 'full_refresh' }]);
    expect(connection.frequencyMs).toBe(90 * 60 * 1000);
  });

  it('reads JSON too, and an explicit prefix and source type', () => {
    const json = JSON.stringify({
      name: 'x',
      prefix: 'p_',
      source: { connector: 'jenkins', type: 'ci', config: {} },
      destination: { connector: 'faros' },
    });
    const connection = loadConnection(json, { env: {} });
    expect(connection.prefix).toBe('p_');
    expect(connection.source.type).toBe('ci');
    expect(connection.streams).toBeUndefined();
  });

  it('names an unset variable, with its file, line and field', () => {
    const error = errorOf(good, {});
    expect(error.message).toMatch(/ci\.yaml:6:\d+: source\.config\.token: environment variable CI_TOKEN is not set/);
    expect(error.position.line).toBe(6);
  });

  it('names an unknown connector and what it looked for', () => {
    const error = errorOf(good.replace('connector: jenkins', 'connector: gitlab'));
    expect(error.position.line).toBe(3);
    expect(error.field).toBe('source.connector');
    expect(error.rule).toMatch(/unknown connector 'gitlab'.*github, jira, jenkins, faros.*no command 'gitlab' found/);
  });

  it('gives the line of a syntax error', () => {
    const error = errorOf('name: a\nsource: [unclosed\ndestination: {}\n');
    expect(error.rule).toMatch(/^not valid YAML or JSON/);
    expect(error.position.line).toBeGreaterThanOrEqual(2);
  });

  it('names the rule broken: unknown fields, bad modes, missing name, bad frequency, duplicate streams', () => {
    expect(errorOf(good.replace('frequency', 'frequenzy')).rule).toMatch(/unknown field \(allowed here: name, source/);
    const mode = errorOf(good.replace('sync_mode: full_refresh', 'sync_mode: sometimes'));
    expect(mode.field).toBe('streams.1.sync_mode');
    expect(mode.position.line).toBe(14);
    expect(mode.rule).toBe('must be one of full_refresh, incremental');
    expect(errorOf(good.replace('name: ci\n', '')).rule).toMatch(/required: a name/);
    expect(errorOf(good.replace('1h30m', 'hourly')).rule).toMatch(/a frequency is manual or a duration/);
    expect(errorOf(good.replace('  - name: jobs', '  - name: builds')).rule).toBe('stream builds is listed twice');
    expect(errorOf(good.replace(/destination:[\s\S]*streams:/, 'streams:')).field).toBe('destination');
  });

  it('names a missing file', () => {
    expect(() => loadConnection('/nonexistent/conn.yaml')).toThrow(/\/nonexistent\/conn\.yaml: no such file/);
  });
});
