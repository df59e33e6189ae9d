import { runConnector } from '../cli/run-connector.js';
import type { Destination } from '../destination/destination.js';
import type { LineSink } from '../io/line-sink.js';
import type { Source } from '../source/source.js';
import { type ConnectorRun, RunCollector } from './connector-run.js';

/** Input of an in-process run. */
export interface InProcessOptions {
  /** Lines for `write`: strings are sent as they are, so include the newlines. */
  stdin?: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
}

/**
 * Runs a connector in this process, as its command line would (`['read', '--config', path, ...]`),
 * and collects what it writes. stdout lines are parsed as they are written; the connector's own
 * `console` output is not captured (it is not protocol output).
 */
export async function runInProcess<C>(
  connector: Source<C> | Destination<C>,
  argv: readonly string[],
  options: InProcessOptions = {},
): Promise<ConnectorRun> {
  const collector = new RunCollector();
  const stdout = new CollectingSink(collector);
  let stderr = '';
  const exitCode = await runConnector(connector, {
    argv,
    stdin: options.stdin === undefined ? emptyInput() : toAsync(options.stdin),
    stdout,
    stderr: { write: (text: string) => (stderr += text) },
  });
  stdout.end();
  return collector.finish(exitCode, stderr);
}

/** A sink that splits what it is given into lines and hands each to the collector at once. */
class CollectingSink implements LineSink {
  readonly writableLength = 0;
  readonly writableHighWaterMark = 64 * 1024;
  private partial = '';
  private lineNumber = 0;

  constructor(private readonly collector: RunCollector) {}

  write(chunk: string, callback?: (error?: Error | null) => void): boolean {
    const text = this.partial + chunk;
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      this.take(text.slice(start, newline));
      start = newline + 1;
    }
    this.partial = text.slice(start);
    if (callback) queueMicrotask(() => callback(null));
    return true;
  }

  /** The last line, if the connector ended without a newline. */
  end(): void {
    if (this.partial !== '') this.take(this.partial);
    this.partial = '';
  }

  once(): this {
    return this; // never full, never fails: no drain or error to wait for
  }

  removeListener(): this {
    return this;
  }

  private take(line: string): void {
    this.lineNumber++;
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.trim() !== '') this.collector.line(text, this.lineNumber);
  }
}

async function* emptyInput(): AsyncGenerator<string> {}

async function* toAsync(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
): AsyncGenerator<Buffer | string> {
  yield* input;
}
