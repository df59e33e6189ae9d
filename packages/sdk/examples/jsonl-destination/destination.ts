import { randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CheckResult,
  type ConfiguredAirbyteCatalog,
  type ConnectorSpecification,
  configError,
  Destination,
  type DestinationCatalog,
  type DestinationWriter,
  type Logger,
  type WriteContext,
} from '@faros-ce/sdk';
import { JsonlWriter } from './jsonl-writer.ts';

/** The config of {@link JsonlDestination}. */
export interface JsonlConfig {
  /** Directory of the `<stream>.jsonl` files; created if missing. */
  directory: string;
}

const SYNC_MODES = ['append', 'overwrite'] as const;

/**
 * An example destination: one JSON-lines file per stream in a directory. `append` streams add to
 * their file; `overwrite` streams replace it, but only once the platform reports them COMPLETE.
 */
export class JsonlDestination extends Destination<JsonlConfig> {
  readonly name = 'destination-jsonl';
  override readonly version = '0.1.0';

  spec(): ConnectorSpecification {
    return {
      connectionSpecification: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'JSON Lines destination',
        type: 'object',
        required: ['directory'],
        properties: {
          directory: {
            type: 'string',
            title: 'Directory',
            description: 'Where to write one <stream>.jsonl file per stream. Created if missing.',
            minLength: 1,
            order: 0,
          },
        },
      },
      supported_destination_sync_modes: [...SYNC_MODES],
    };
  }

  /** Succeeds when a file can be created, written, fsynced and removed in the directory. */
  async check(config: JsonlConfig, _logger: Logger): Promise<CheckResult> {
    const probe = join(config.directory, `.check-${randomUUID()}`);
    try {
      await mkdir(config.directory, { recursive: true });
      const handle = await open(probe, 'wx');
      try {
        await handle.writeFile('ok\n');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rm(probe);
      return { succeeded: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { succeeded: false, message: `Cannot write to the directory ${config.directory}: ${reason}` };
    }
  }

  /** One object, a JSON-lines file per stream, written in either supported mode. */
  override async discover(): Promise<DestinationCatalog> {
    return {
      operations: SYNC_MODES.map((mode) => ({
        object_name: 'jsonl_file',
        sync_mode: mode,
        json_schema: { type: 'object', additionalProperties: true },
      })),
    };
  }

  async open(config: JsonlConfig, catalog: ConfiguredAirbyteCatalog, ctx: WriteContext): Promise<DestinationWriter> {
    for (const configured of catalog.streams) {
      const mode = configured.destination_sync_mode;
      if (!(SYNC_MODES as readonly string[]).includes(mode)) {
        throw configError(
          `Stream ${configured.stream.name} asks for sync mode ${mode}; this destination supports append and overwrite`,
        );
      }
    }
    await mkdir(config.directory, { recursive: true });
    return JsonlWriter.open(config.directory, catalog, ctx.logger);
  }
}
