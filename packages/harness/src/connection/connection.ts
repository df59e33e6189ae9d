import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { type Connector, resolveConnector, UnknownConnectorError } from '../runner.js';
import { ConnectionFileError, type FilePosition } from './connection-error.js';
import { interpolateEnv } from './interpolate-env.js';
import { parseFrequency } from './parse-frequency.js';

/** Sync modes of the protocol. */
export type SyncMode = 'full_refresh' | 'incremental';
/** Destination sync modes of the protocol. */
export type DestinationSyncMode = 'append' | 'overwrite' | 'append_dedup';

/** One side of a connection: which connector, with which config. */
export interface ConnectionEndpoint {
  /** The connector as written (`jenkins`, `docker:<image>:<tag>`, a command line). */
  readonly connector: string;
  /** The resolved connector. */
  readonly resolved: Connector;
  readonly config: Record<string, unknown>;
}

/** A stream the connection syncs, with the modes chosen for it (unset: the harness picks). */
export interface StreamSelection {
  readonly name: string;
  readonly namespace?: string;
  readonly syncMode?: SyncMode;
  readonly destinationSyncMode?: DestinationSyncMode;
  readonly cursorField?: readonly string[];
  readonly primaryKey?: readonly (readonly string[])[];
}

/** What an Airbyte connection holds, read from a connection file. */
export interface Connection {
  /** The connection's name: its state folder and the default origin. */
  readonly name: string;
  readonly source: ConnectionEndpoint & { readonly type: string };
  readonly destination: ConnectionEndpoint;
  /** The streams to sync; undefined for every stream the source discovers. */
  readonly streams: readonly StreamSelection[] | undefined;
  /** Prefix of destination stream names (default `<name>__<source type>__`). */
  readonly prefix: string;
  /** Milliseconds between scheduled syncs; undefined when the connection is run by hand. */
  readonly frequencyMs: number | undefined;
  /** The file it came from (undefined for text). */
  readonly file: string | undefined;
  /** Where a field (`['source', 'config', 'token']`) sits in the file: its line, or its parent's. */
  locate(path: readonly (string | number)[]): FilePosition;
}

/** Options of {@link loadConnection}. */
export interface LoadConnectionOptions {
  /** Variables `${VAR}` references read (default: this process's environment). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Directory relative command connectors are resolved against (default: the file's, or the cwd). */
  cwd?: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const TOP_KEYS = ['name', 'source', 'destination', 'streams', 'prefix', 'frequency'];
const ENDPOINT_KEYS = ['connector', 'type', 'config'];
const STREAM_KEYS = ['name', 'namespace', 'sync_mode', 'destination_sync_mode', 'cursor_field', 'primary_key'];

/**
 * Reads a connection from a YAML or JSON file, or from its text (anything containing a newline or
 * starting with `{`). `${VAR}` references in the config sections are replaced from the environment.
 *
 * @throws ConnectionFileError naming the file, line and rule broken, an unset variable or an
 *   unknown connector.
 */
export function loadConnection(pathOrText: string, options: LoadConnectionOptions = {}): Connection {
  const isText = pathOrText.includes('\n') || pathOrText.trimStart().startsWith('{');
  const file = isText ? '<text>' : pathOrText;
  let text = pathOrText;
  if (!isText) {
    try {
      text = readFileSync(pathOrText, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
      throw new ConnectionFileError({ file, line: 0, column: 0 }, '', reason);
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): FilePosition => {
    if (offset === undefined) return { file, line: 0, column: 0 };
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const firstError = doc.errors[0];
  if (firstError !== undefined) {
    const rule = firstError.message.split('\n')[0] ?? firstError.message;
    throw new ConnectionFileError(at(firstError.pos[0]), '', `not valid YAML or JSON: ${rule}`);
  }
  const fail = (path: readonly (string | number)[], rule: string): never => {
    throw new ConnectionFileError(at(nodeAt(doc.contents, path)?.range?.[0]), path.join('.'), rule);
  };
  const root: unknown = doc.toJS();
  if (!isRecord(root)) return fail([], 'a connection file holds a mapping (name, source, destination, ...)');
  checkKeys(root, [], TOP_KEYS, fail);

  const name = root.name;
  if (typeof name !== 'string' || !NAME.test(name)) {
    return fail(['name'], 'required: a name of letters, digits, _ . - (it names the state folder and the origin)');
  }
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? (isText ? process.cwd() : resolve(pathOrText, '..'));
  const source = endpoint(root, 'source', env, cwd, fail);
  const destination = endpoint(root, 'destination', env, cwd, fail);
  const sourceType =
    typeof root.source === 'object' && root.source !== null ? (root.source as Record<string, unknown>).type : undefined;
  if (sourceType !== undefined && (typeof sourceType !== 'string' || !/^[a-z0-9_]+$/i.test(sourceType))) {
    fail(['source', 'type'], 'a source type is a word of letters, digits and _ (github, jira)');
  }
  const type = typeof sourceType === 'string' ? sourceType : source.resolved.type;
  const prefix = root.prefix ?? `${name}__${type}__`;
  if (typeof prefix !== 'string') return fail(['prefix'], 'a stream prefix is a string (it may be empty)');
  let frequencyMs: number | undefined;
  if (root.frequency !== undefined) {
    const parsed = parseFrequency(root.frequency);
    if (!parsed.ok) return fail(['frequency'], parsed.rule);
    frequencyMs = parsed.ms;
  }
  return {
    name,
    source: { ...source, type },
    destination,
    streams: streams(root.streams, fail),
    prefix,
    frequencyMs,
    file: isText ? undefined : resolve(pathOrText),
    locate: (path) => at(nodeAt(doc.contents, path)?.range?.[0]),
  };
}

type Fail = (path: readonly (string | number)[], rule: string) => never;

function endpoint(
  root: Record<string, unknown>,
  key: 'source' | 'destination',
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  fail: Fail,
): ConnectionEndpoint {
  const value = root[key];
  if (!isRecord(value)) return fail([key], `required: a mapping with the ${key}'s connector and config`);
  checkKeys(value, [key], ENDPOINT_KEYS, fail);
  const ref = value.connector;
  if (typeof ref !== 'string' || ref.trim() === '') {
    return fail([key, 'connector'], 'required: github, jira, jenkins, faros, docker:<image>:<tag> or a command');
  }
  let resolved: Connector;
  try {
    resolved = resolveConnector(ref, { cwd });
  } catch (error) {
    if (error instanceof UnknownConnectorError) return fail([key, 'connector'], error.message);
    throw error;
  }
  const config = value.config ?? {};
  if (!isRecord(config)) return fail([key, 'config'], `the ${key}'s config is a mapping of its spec's fields`);
  return {
    connector: ref,
    resolved,
    config: interpolate(config, [key, 'config'], env, fail) as Record<string, unknown>,
  };
}

function interpolate(
  value: unknown,
  path: (string | number)[],
  env: Readonly<Record<string, string | undefined>>,
  fail: Fail,
): unknown {
  if (typeof value === 'string') {
    const result = interpolateEnv(value, env);
    if (!result.ok) return fail(path, `environment variable ${result.unset.name} is not set`);
    return result.value;
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, [...path, i], env, fail));
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, [...path, k], env, fail)]));
  }
  return value;
}

function streams(value: unknown, fail: Fail): StreamSelection[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return fail(['streams'], 'a list of streams (a name, or a mapping with name and modes)');
  const seen = new Set<string>();
  return value.map((item: unknown, i): StreamSelection => {
    const entry = typeof item === 'string' ? { name: item } : item;
    if (!isRecord(entry)) return fail(['streams', i], 'a stream is a name or a mapping with a name');
    checkKeys(entry, ['streams', i], STREAM_KEYS, fail);
    const { name, namespace } = entry;
    if (typeof name !== 'string' || name === '') return fail(['streams', i, 'name'], 'required: the stream name');
    if (namespace !== undefined && typeof namespace !== 'string') return fail(['streams', i, 'namespace'], 'a string');
    const key = `${namespace ?? ''}/${name}`;
    if (seen.has(key)) return fail(['streams', i, 'name'], `stream ${name} is listed twice`);
    seen.add(key);
    const syncMode = oneOf(entry.sync_mode, ['full_refresh', 'incremental'], ['streams', i, 'sync_mode'], fail);
    const destinationSyncMode = oneOf(
      entry.destination_sync_mode,
      ['append', 'overwrite', 'append_dedup'],
      ['streams', i, 'destination_sync_mode'],
      fail,
    );
    const cursorField = path(entry.cursor_field, ['streams', i, 'cursor_field'], fail);
    let primaryKey: string[][] | undefined;
    if (entry.primary_key !== undefined) {
      if (!Array.isArray(entry.primary_key)) return fail(['streams', i, 'primary_key'], 'a list of field paths');
      primaryKey = entry.primary_key.map((p: unknown, j) => path(p, ['streams', i, 'primary_key', j], fail) ?? []);
    }
    return {
      name,
      ...(namespace === undefined ? {} : { namespace }),
      ...(syncMode === undefined ? {} : { syncMode }),
      ...(destinationSyncMode === undefined ? {} : { destinationSyncMode }),
      ...(cursorField === undefined ? {} : { cursorField }),
      ...(primaryKey === undefined ? {} : { primaryKey }),
    };
  });
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  at: (string | number)[],
  fail: Fail,
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(at, `must be one of ${allowed.join(', ')}`);
}

function path(value: unknown, at: (string | number)[], fail: Fail): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((part) => typeof part === 'string' && part !== '')) {
    return value as string[];
  }
  return fail(at, 'a field name or a list of field names (a path into the record)');
}

function checkKeys(
  value: Record<string, unknown>,
  at: (string | number)[],
  allowed: readonly string[],
  fail: Fail,
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail([...at, key], `unknown field (allowed here: ${allowed.join(', ')})`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node at `path`, or the deepest existing node above it (so a missing field points at its parent). */
function nodeAt(root: unknown, path: readonly (string | number)[]): Node | undefined {
  let node = root as Node | null | undefined;
  let found = node ?? undefined;
  for (const key of path) {
    if (node === null || node === undefined) break;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      // Point at the key when the value is absent (`name:` with nothing after it).
      next = pair === undefined ? undefined : (pair.value ?? pair.key);
    } else if ('items' in node && Array.isArray(node.items) && typeof key === 'number') {
      next = node.items[key];
    }
    if (next === undefined || next === null) break;
    node = next as Node;
    found = node;
  }
  return found;
}
