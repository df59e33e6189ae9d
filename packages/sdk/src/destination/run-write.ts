import { type AirbyteError, toAirbyteError } from '../errors/airbyte-error.js';
import type { ConnectorOutput } from '../io/connector-output.js';
import { LineReader } from '../io/line-reader.js';
import type { ConfiguredAirbyteCatalog } from '../protocol/generated.js';
import type { Destination, DestinationWriter, WriteOptions } from './destination.js';
import { FlushTimer } from './flush-timer.js';
import { RecordChecker } from './record-checker.js';
import type { WriteResult } from './write-counts.js';
import { type ResolvedWriteOptions, resolveWriteOptions } from './write-options.js';
import { WriteRun } from './write-run.js';

/**
 * Runs the `write` command of a destination: opens a writer, reads Airbyte messages from `input`
 * (stdin), commits records in batches per stream and echoes each STATE once every record before
 * it is committed, then closes the writer. Config and catalog must already be validated.
 *
 * - Batches flush on `batchRecords`, `batchBytes` and `flushIntervalMs`; past `maxBufferedBytes`
 *   over all streams (records and held states) the largest batch flushes first.
 * - Input is pulled a line at a time and never read ahead of a commit, so memory stays bounded.
 * - An echoed state is the received line plus `destinationStats` (`recordCount` since the previous
 *   state of its scope, `rejectedRecordCount` when records were skipped); states leave in arrival order.
 * - A TRACE STREAM_STATUS COMPLETE commits the stream's records, then calls `writer.streamComplete`.
 * - Lines that are not Airbyte messages are logged and ignored, as are LOG and other messages.
 *
 * @param overrides - options that win over `destination.writeOptions(config)`, e.g. `validateRecords`
 *   from the command line.
 * @returns the counts, once the writer is closed and every echoed state handed to `output`.
 * @throws AirbyteError when the write fails (a writer error, an invalid record under the `fail`
 *   strategy, unreadable input). States committed before the failure have been echoed; none after.
 *   The writer is closed, with `summary.error` set, before the error is thrown.
 */
export async function runWrite<C>(
  destination: Destination<C>,
  config: C,
  catalog: ConfiguredAirbyteCatalog,
  input: AsyncIterable<Buffer | string>,
  output: ConnectorOutput,
  overrides: WriteOptions = {},
): Promise<WriteResult> {
  const options = resolveWriteOptions({ ...destination.writeOptions(config), ...definedOnly(overrides) });
  const checker = new RecordChecker(catalog, options.validateRecords);
  const writer = await destination.open(config, catalog, { logger: output, catalog });
  return drive(writer, checker, input, output, options);
}

/**
 * Like {@link runWrite}, for a writer already open (a test of a writer, say): the same batching,
 * state echo and failure handling, with the options given here.
 */
export async function runWriter(
  writer: DestinationWriter,
  catalog: ConfiguredAirbyteCatalog,
  input: AsyncIterable<Buffer | string>,
  output: ConnectorOutput,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const resolved = resolveWriteOptions(options);
  return drive(writer, new RecordChecker(catalog, resolved.validateRecords), input, output, resolved);
}

async function drive(
  writer: DestinationWriter,
  checker: RecordChecker,
  input: AsyncIterable<Buffer | string>,
  output: ConnectorOutput,
  options: ResolvedWriteOptions,
): Promise<WriteResult> {
  const run = new WriteRun(writer, checker, output, options);
  const timer = new FlushTimer(options.flushIntervalMs, () => run.flushAll());
  const reader = new LineReader(input);
  const lines = reader[Symbol.asyncIterator]();
  let failure: AirbyteError | undefined;
  try {
    await pump(lines, reader, run, timer);
    await timer.stop();
    timer.throwIfFailed();
    await run.finish();
  } catch (error) {
    failure = toAirbyteError(error);
    await timer.stop();
    // Stop reading input; if a read is pending, this takes effect after it.
    lines.return(undefined).catch(() => undefined);
  }
  try {
    await writer.close?.(run.summary(failure));
  } catch (error) {
    if (failure === undefined) failure = toAirbyteError(error);
    else output.warn('Closing the writer after the failure failed too', error);
  }
  run.logTotals();
  if (failure !== undefined) {
    await output.flush().catch(() => undefined);
    throw failure;
  }
  await output.flush();
  return run.result();
}

// Reads a line, handles it, reads the next: a line is pulled only once the previous one (and any
// flush it caused) is done, which is the backpressure on stdin.
async function pump(lines: AsyncIterator<string>, reader: LineReader, run: WriteRun, timer: FlushTimer): Promise<void> {
  for (;;) {
    const next = await timer.wait(lines.next());
    if (next.done) return;
    const entered = timer.enter();
    if (entered) await entered;
    const handled = run.handleLine(next.value, reader.lineNumber);
    if (handled) await handled;
    if (run.bufferedRecords > 0) timer.arm();
    const left = timer.leave();
    if (left) await left;
  }
}

// `{validateRecords: undefined}` must not hide the destination's own choice.
function definedOnly(options: WriteOptions): WriteOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as WriteOptions;
}
