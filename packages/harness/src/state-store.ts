import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AirbyteStateMessage, StreamDescriptor } from '@faros-ce/sdk';
import { atomicWriteSync } from './atomic-write.js';
import { acquireLock, type ConnectionLock } from './connection-lock.js';

/** Where the harness keeps connections' state and runs, unless told otherwise. */
export const DEFAULT_HOME = '.airbyte-harness';

/** A state file that cannot be read or imported. */
export class StateFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateFileError';
  }
}

/**
 * The state of one connection, kept under `<home>/<connection>/state.json` as Airbyte keeps it: an
 * array of state messages, the latest per stream (or one GLOBAL), each as the destination echoed it
 * without the platform's `id` and counts. Every commit rewrites the file atomically, so a kill at
 * any instant leaves the last committed state. `lock()` keeps two processes from syncing at once.
 */
export class StateStore {
  readonly dir: string;
  readonly file: string;
  readonly connection: string;
  private states: AirbyteStateMessage[];

  constructor(connection: string, home: string = DEFAULT_HOME) {
    this.connection = connection;
    this.dir = resolve(home, connection);
    this.file = join(this.dir, 'state.json');
    this.states = this.load();
  }

  /** Folder of the per-run log folders. */
  get runsDir(): string {
    return join(this.dir, 'runs');
  }

  /** The state array to hand to the source's `--state` (a copy). */
  read(): AirbyteStateMessage[] {
    return structuredClone(this.states);
  }

  /** The stream descriptors that have state. */
  streams(): StreamDescriptor[] {
    return this.states.flatMap((s) => (s.type === 'STREAM' && s.stream ? [s.stream.stream_descriptor] : []));
  }

  /** Records one state the destination echoed (stream names as the source knows them) and writes the file. */
  commit(state: AirbyteStateMessage): void {
    const clean = stripPlatformFields(state);
    if (clean.type === 'STREAM' && clean.stream) {
      const key = descriptorKey(clean.stream.stream_descriptor);
      const others = this.states.filter(
        (s) => !(s.type === 'STREAM' && s.stream && descriptorKey(s.stream.stream_descriptor) === key),
      );
      // A GLOBAL or LEGACY state left from an earlier source version no longer applies.
      this.states = [...others.filter((s) => s.type === 'STREAM'), clean];
    } else {
      this.states = [clean];
    }
    this.write();
  }

  /**
   * Forgets the state of the given streams (all when none are given): their next sync starts over.
   * Returns how many stream states were removed.
   */
  reset(streams?: readonly StreamDescriptor[]): number {
    const before = this.states.length;
    if (streams === undefined) this.states = [];
    else {
      const keys = new Set(streams.map(descriptorKey));
      this.states = this.states.filter(
        (s) => !(s.type === 'STREAM' && s.stream && keys.has(descriptorKey(s.stream.stream_descriptor))),
      );
    }
    this.write();
    return before - this.states.length;
  }

  /** The state as JSON text (an Airbyte state array). */
  export(): string {
    return `${JSON.stringify(this.states, null, 2)}\n`;
  }

  /**
   * Replaces the state with an Airbyte state array (or a legacy state object, kept as one LEGACY
   * state) — e.g. one exported from an Airbyte deployment or Faros's local CLI.
   */
  import(text: string): void {
    this.states = parseStateText(text, 'imported state');
    this.write();
  }

  /** Takes the connection's lock (see {@link acquireLock}). */
  lock(): ConnectionLock {
    mkdirSync(this.dir, { recursive: true });
    return acquireLock(join(this.dir, 'sync.lock'), this.connection);
  }

  private load(): AirbyteStateMessage[] {
    if (!existsSync(this.file)) return [];
    return parseStateText(readFileSync(this.file, 'utf8'), this.file);
  }

  private write(): void {
    mkdirSync(this.dir, { recursive: true });
    atomicWriteSync(this.file, this.export());
  }
}

/** A stream's identity in state: `namespace/name`. */
export function descriptorKey(descriptor: StreamDescriptor): string {
  return `${descriptor.namespace ?? ''}/${descriptor.name}`;
}

function stripPlatformFields(state: AirbyteStateMessage): AirbyteStateMessage {
  const {
    id: _id,
    sourceStats: _s,
    destinationStats: _d,
    ...rest
  } = state as AirbyteStateMessage & {
    id?: unknown;
  };
  return structuredClone(rest);
}

function parseStateText(text: string, where: string): AirbyteStateMessage[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      const type = (item as { type?: unknown } | null)?.type;
      if (typeof item !== 'object' || item === null || !['STREAM', 'GLOBAL', 'LEGACY'].includes(String(type))) {
        throw new StateFileError(`${where}: item ${i} is not an Airbyte state message (type STREAM, GLOBAL or LEGACY)`);
      }
      if (
        type === 'STREAM' &&
        typeof (item as { stream?: { stream_descriptor?: { name?: unknown } } }).stream?.stream_descriptor?.name !==
          'string'
      ) {
        throw new StateFileError(`${where}: item ${i} is a STREAM state without stream.stream_descriptor.name`);
      }
    });
    return (value as AirbyteStateMessage[]).map(stripPlatformFields);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value).length === 0 ? [] : [{ type: 'LEGACY', data: value as Record<string, unknown> }];
  }
  throw new StateFileError(`${where}: an Airbyte state is an array of state messages (or a legacy object)`);
}
