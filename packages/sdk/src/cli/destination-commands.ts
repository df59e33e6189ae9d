import type { Destination } from '../destination/destination.js';
import { runWrite } from '../destination/run-write.js';
import { configError, systemError } from '../errors/airbyte-error.js';
import { destinationCatalogMessage } from '../protocol/messages.js';
import { parseConfiguredCatalog } from '../protocol/validate.js';
import { type CommandContext, loadConfig, reportFailure } from './command-context.js';
import { readJsonFile } from './read-json-file.js';

/** `write`: records from stdin into the destination, states echoed once committed. */
export async function writeCommand<C>(
  destination: Destination<C>,
  paths: { config: string; catalog: string },
  ctx: CommandContext,
): Promise<number> {
  const { output } = ctx;
  try {
    const config = await loadConfig<C>(paths.config, await destination.spec(), output);
    const catalog = parseConfiguredCatalog(await readJsonFile(paths.catalog, 'catalog'));
    if (!ctx.stdin) throw systemError('write needs an input stream');
    const result = await runWrite(destination, config, catalog, ctx.stdin, output, {
      validateRecords: ctx.validateRecords || undefined,
    });
    output.info(
      `Wrote ${result.recordsCommitted} records (${result.recordsRejected} rejected), echoed ${result.statesEchoed} of ${result.statesReceived} states`,
    );
    return 0;
  } catch (error) {
    return reportFailure(output, error);
  }
}

/** `discover` for a destination that describes its objects: one DESTINATION_CATALOG. */
export async function destinationDiscoverCommand<C>(
  destination: Destination<C>,
  configPath: string,
  ctx: CommandContext,
): Promise<number> {
  try {
    if (!destination.discover) throw configError(`${destination.name} does not support discover`);
    const config = await loadConfig<C>(configPath, await destination.spec(), ctx.output);
    await ctx.output.emit(destinationCatalogMessage(await destination.discover(config, ctx.output)));
    return 0;
  } catch (error) {
    return reportFailure(ctx.output, error);
  }
}
