import { emptyInputState, parseInputState } from '../config/input-state.js';
import type { Destination } from '../destination/destination.js';
import { toAirbyteError } from '../errors/airbyte-error.js';
import { catalogMessage, connectionStatusMessage, specMessage } from '../protocol/messages.js';
import { toAirbyteStream } from '../source/airbyte-stream.js';
import { resolveConfiguredCatalog } from '../source/configured-catalog.js';
import { readSource } from '../source/read-source.js';
import type { Source } from '../source/source.js';
import { type CommandContext, loadConfig, reportFailure } from './command-context.js';
import { readJsonFile } from './read-json-file.js';

/** `spec`: the connector's specification. */
export async function specCommand<C>(connector: Source<C> | Destination<C>, ctx: CommandContext): Promise<number> {
  try {
    await ctx.output.emit(specMessage(await connector.spec()));
    return 0;
  } catch (error) {
    return reportFailure(ctx.output, error);
  }
}

/**
 * `check`: one CONNECTION_STATUS. A config the user must fix (invalid, unreadable, refused by the
 * service) or a service out of reach is FAILED with a message, exit 0; a bug is an error trace, exit 1.
 */
export async function checkCommand<C>(
  connector: Source<C> | Destination<C>,
  configPath: string,
  ctx: CommandContext,
): Promise<number> {
  const { output } = ctx;
  try {
    const config = await loadConfig<C>(configPath, await connector.spec(), output);
    const result = await connector.check(config, output);
    await output.emit(
      result.succeeded ? connectionStatusMessage('SUCCEEDED') : connectionStatusMessage('FAILED', result.message),
    );
    return 0;
  } catch (error) {
    const failure = toAirbyteError(error);
    if (failure.failureType === 'system_error') return reportFailure(output, failure);
    await output.emit(connectionStatusMessage('FAILED', failure.message));
    return 0;
  }
}

/** `discover`: the catalog of the source's streams. */
export async function discoverCommand<C>(source: Source<C>, configPath: string, ctx: CommandContext): Promise<number> {
  try {
    const config = await loadConfig<C>(configPath, await source.spec(), ctx.output);
    const streams = await source.streams(config, ctx.output);
    await ctx.output.emit(catalogMessage({ streams: streams.map((s) => toAirbyteStream(s as never)) }));
    return 0;
  } catch (error) {
    return reportFailure(ctx.output, error);
  }
}

/** `read`: records and states of the configured streams; exit 1 when any stream failed. */
export async function readCommand<C>(
  source: Source<C>,
  paths: { config: string; catalog: string; state?: string },
  ctx: CommandContext,
): Promise<number> {
  const { output } = ctx;
  try {
    const config = await loadConfig<C>(paths.config, await source.spec(), output);
    const catalog = resolveConfiguredCatalog(
      await readJsonFile(paths.catalog, 'catalog'),
      await source.streams(config, ctx.output),
    );
    const input = paths.state ? parseInputState(await readJsonFile(paths.state, 'state'), 'state') : emptyInputState();
    const result = await readSource(config, catalog, input, output, {
      concurrency: source.concurrency(config),
      validateRecords: ctx.validateRecords,
    });
    return result.failed ? 1 : 0;
  } catch (error) {
    return reportFailure(output, error);
  }
}
