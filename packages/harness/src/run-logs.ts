import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { SecretMasker } from '@faros-ce/sdk';

/** Log levels, most verbose first (Airbyte's LOG levels, FATAL folded into error). */
export type HarnessLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<HarnessLogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

/** The three logs of a run. */
export type LogChannel = 'source' | 'destination' | 'harness';

/** The level of an Airbyte LOG message's `level`. */
export function levelOf(airbyteLevel: string): HarnessLogLevel {
  const lower = airbyteLevel.toLowerCase();
  if (lower === 'fatal') return 'error';
  return lower in RANK ? (lower as HarnessLogLevel) : 'info';
}

/**
 * A run's log folder: `source.log`, `destination.log` and `harness.log`, every line masked and
 * timestamped, lines below the level dropped. Writes are buffered by the streams, never awaited
 * one by one, so logging does not slow the pipe.
 */
export class RunLogs {
  readonly dir: string;
  private readonly streams = new Map<LogChannel, WriteStream>();

  constructor(
    dir: string,
    private readonly masker: SecretMasker,
    readonly level: HarnessLogLevel = 'info',
    private readonly echo?: (channel: LogChannel, level: HarnessLogLevel, line: string) => void,
  ) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  /** Whether lines of `level` are kept. */
  enabled(level: HarnessLogLevel): boolean {
    return RANK[level] >= RANK[this.level];
  }

  /** Writes one line (masked) to a channel's log. */
  write(channel: LogChannel, level: HarnessLogLevel, text: string): void {
    if (!this.enabled(level)) return;
    const line = `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${this.masker.mask(text)}`;
    this.stream(channel).write(`${line}\n`);
    this.echo?.(channel, level, line);
  }

  /** Closes every log file, waiting for buffered lines to reach the disk. */
  async close(): Promise<void> {
    await Promise.all([...this.streams.values()].map((s) => new Promise<void>((resolve) => s.end(() => resolve()))));
    this.streams.clear();
  }

  private stream(channel: LogChannel): WriteStream {
    let stream = this.streams.get(channel);
    if (stream === undefined) {
      stream = createWriteStream(join(this.dir, `${channel}.log`), { flags: 'a', mode: 0o600 });
      this.streams.set(channel, stream);
    }
    return stream;
  }
}
