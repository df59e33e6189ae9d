import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** What a lock file says about its holder. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
}

/** Another live process is syncing the connection. */
export class ConnectionLockedError extends Error {
  readonly holder: LockHolder;
  constructor(connection: string, path: string, holder: LockHolder) {
    super(
      `connection ${connection} is being synced by process ${holder.pid} on ${holder.host} since ${holder.startedAt} (lock file ${path})`,
    );
    this.name = 'ConnectionLockedError';
    this.holder = holder;
  }
}

/** A held lock. */
export interface ConnectionLock {
  /** The stale lock taken over, when there was one: its holder, for the log. */
  readonly staleHolder: LockHolder | undefined;
  release(): void;
}

/**
 * Takes the lock file at `path` (created exclusively, holding pid, host and start time). A lock
 * whose process no longer runs on this host, or which is unreadable, is stale: it is replaced and
 * reported in `staleHolder`.
 *
 * @throws ConnectionLockedError when a live process holds it.
 */
export function acquireLock(path: string, connection: string): ConnectionLock {
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${JSON.stringify(me)}\n`, { flag: 'wx', mode: 0o600 });
      return { staleHolder: undefined, release: () => releaseIfMine(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder !== undefined && isAlive(holder)) throw new ConnectionLockedError(connection, path, holder);
    // Stale: replace it, then check we won a race with another process doing the same.
    writeFileSync(path, `${JSON.stringify(me)}\n`, { mode: 0o600 });
    const now = readHolder(path);
    if (now?.pid === me.pid && now.host === me.host) {
      return {
        staleHolder: holder ?? { pid: 0, host: 'unknown', startedAt: 'unknown' },
        release: () => releaseIfMine(path),
      };
    }
  }
  const holder = readHolder(path);
  throw new ConnectionLockedError(connection, path, holder ?? { pid: 0, host: 'unknown', startedAt: 'unknown' });
}

/** The holder a lock file names, or undefined when it is missing or unreadable. */
export function readHolder(path: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return undefined;
    return { pid: value.pid, host: value.host, startedAt: String(value.startedAt) };
  } catch {
    return undefined;
  }
}

function isAlive(holder: LockHolder): boolean {
  // A lock from another host cannot be checked; it is trusted.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfMine(path: string): void {
  const holder = readHolder(path);
  if (holder?.pid === process.pid && holder.host === hostname()) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}
