import { fileURLToPath } from 'node:url';
import type { ConfiguredAirbyteStream, DestinationSyncMode } from '@faros-ce/sdk';
import { type ConnectorRun, createTempDir, runCommand } from '@faros-ce/sdk/testing';

/** The test program (test converters) and the real bin. */
export const TEST_PROGRAM = fileURLToPath(new URL('./test-destination.ts', import.meta.url));
export const REAL_PROGRAM = fileURLToPath(new URL('../../bin/faros-destination.js', import.meta.url));

/** Where the local Faros CE listens. */
export interface Target {
  readonly url: string;
  readonly adminSecret: string;
}

/** A configured stream of `name` in `mode`. */
export function stream(
  name: string,
  mode: DestinationSyncMode = 'append',
  extra: Partial<ConfiguredAirbyteStream> = {},
) {
  return {
    stream: { name, json_schema: {}, supported_sync_modes: ['full_refresh', 'incremental'] },
    sync_mode: mode === 'overwrite' ? 'full_refresh' : 'incremental',
    destination_sync_mode: mode,
    ...extra,
  } as ConfiguredAirbyteStream;
}

/** A destination config for `target`, with quick retries. */
export function config(target: Target, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    edition_configs: { edition: 'community', hasura_url: target.url, hasura_admin_secret: target.adminSecret },
    retry_delay_ms: 20,
    max_retries: 2,
    ...extra,
  };
}

export const recordLine = (streamName: string, data: unknown): string =>
  JSON.stringify({ type: 'RECORD', record: { stream: streamName, data, emitted_at: 1 } });
export const stateLine = (streamName: string, cursor: unknown): string =>
  JSON.stringify({
    type: 'STATE',
    state: { type: 'STREAM', stream: { stream_descriptor: { name: streamName }, stream_state: { cursor } } },
  });
export const completeLine = (streamName: string): string =>
  JSON.stringify({
    type: 'TRACE',
    trace: {
      type: 'STREAM_STATUS',
      emitted_at: 1,
      stream_status: { stream_descriptor: { name: streamName }, status: 'COMPLETE' },
    },
  });

/** Runs `<program> write` as a child process with the lines on stdin. */
export async function write(
  program: string,
  cfg: Record<string, unknown>,
  streams: readonly ConfiguredAirbyteStream[],
  lines: Iterable<string> | AsyncIterable<string>,
): Promise<ConnectorRun> {
  const dir = await createTempDir('faros-destination-test-');
  try {
    const configPath = await dir.writeJson('config.json', cfg);
    const catalogPath = await dir.writeJson('catalog.json', { streams });
    return await runCommand(process.execPath, [program, 'write', '--config', configPath, '--catalog', catalogPath], {
      stdin: withNewlines(lines),
    });
  } finally {
    await dir.remove();
  }
}

/** Runs `<program> check`. */
export async function check(program: string, cfg: Record<string, unknown>): Promise<ConnectorRun> {
  const dir = await createTempDir('faros-destination-test-');
  try {
    return await runCommand(process.execPath, [program, 'check', '--config', await dir.writeJson('config.json', cfg)]);
  } finally {
    await dir.remove();
  }
}

async function* withNewlines(lines: Iterable<string> | AsyncIterable<string>): AsyncIterable<string> {
  for await (const line of lines) yield `${line}\n`;
}

/** Runs a GraphQL query against the target; fails on errors. */
export async function query<T = Record<string, unknown>>(target: Target, text: string): Promise<T> {
  const response = await fetch(`${target.url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': target.adminSecret },
    body: JSON.stringify({ query: text }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** The log messages of a run, one string each. */
export function logs(run: ConnectorRun): string[] {
  return run.messages.flatMap((m) => (m.type === 'LOG' ? [m.log.message] : []));
}
