import type { Destination } from '../destination/destination.js';
import { systemError } from '../errors/airbyte-error.js';
import { type CommandContext, reportFailure } from './command-context.js';

/** `write`: records from stdin into the destination, states echoed once committed. */
export async function writeCommand<C>(
  _destination: Destination<C>,
  _paths: { config: string; catalog: string },
  ctx: CommandContext,
): Promise<number> {
  return reportFailure(ctx.output, systemError('write is not wired yet'));
}
