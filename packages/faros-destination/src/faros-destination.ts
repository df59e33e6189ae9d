import {
  type CheckResult,
  type ConfiguredAirbyteCatalog,
  type ConnectorContext,
  type ConnectorSpecification,
  Destination,
  type DestinationWriter,
  type Logger,
  type WriteContext,
  type WriteOptions,
} from '@faros-ce/sdk';
import { type ConverterRegistry, defaultRegistry } from './converters/registry.js';
import { FarosWriter } from './faros-writer.js';
import { HasuraClient } from './hasura/hasura-client.js';
import { RowResolver } from './hasura/row-resolver.js';
import { TargetSchema } from './hasura/target-schema.js';
import { FAROS_CE_MODELS } from './models/faros-ce-models.js';
import { modelDepths } from './models/model-order.js';
import { Router } from './router.js';
import { type DestinationSettings, resolveSettings } from './settings.js';
import { destinationSpec, type FarosDestinationConfig } from './spec.js';

/** Options of {@link FarosDestination}. */
export interface FarosDestinationOptions {
  /** The converters to route streams to (default: every converter this package ships). */
  readonly registry?: ConverterRegistry;
}

/**
 * The Faros destination for Faros Community Edition: GitHub, Jira and Jenkins records become Faros CE rows,
 * upserted through Hasura by natural key, parents first, states echoed once their rows are committed.
 */
export class FarosDestination extends Destination<FarosDestinationConfig> {
  readonly name = 'faros-destination';
  override readonly version = '0.1.0';
  private readonly registry: ConverterRegistry;

  constructor(options: FarosDestinationOptions = {}) {
    super();
    this.registry = options.registry ?? defaultRegistry();
  }

  spec(): ConnectorSpecification {
    return destinationSpec();
  }

  /** Hasura reachable, the admin secret accepted, and every table and column the converters write present. */
  async check(config: FarosDestinationConfig, ctx: ConnectorContext): Promise<CheckResult> {
    const settings = resolveSettings(config);
    if (settings.dryRun) return { succeeded: true };
    const client = this.client(settings, ctx);
    try {
      await client.healthy();
      const target = await TargetSchema.load(client);
      const gaps = target.gaps(this.writtenModels());
      if (gaps.tables.length > 0 || gaps.columns.length > 0) {
        const parts = [
          gaps.tables.length > 0 ? `missing tables: ${gaps.tables.join(', ')}` : '',
          gaps.columns.length > 0 ? `missing columns: ${gaps.columns.join(', ')}` : '',
        ].filter(Boolean);
        return {
          succeeded: false,
          message: `Hasura at ${settings.hasuraUrl} lacks what the converters write: ${parts.join('; ')}`,
        };
      }
      return { succeeded: true };
    } finally {
      client.close();
    }
  }

  override writeOptions(config: FarosDestinationConfig): WriteOptions {
    const settings = resolveSettings(config);
    return {
      // A dry run has nothing to wait for: each record is its own batch, so each state is echoed as it passes.
      batchRecords: settings.dryRun ? 1 : settings.batchSize,
      invalidRecords: settings.failOnInvalid ? 'fail' : 'skip',
    };
  }

  async open(
    config: FarosDestinationConfig,
    catalog: ConfiguredAirbyteCatalog,
    ctx: WriteContext,
  ): Promise<DestinationWriter> {
    const runStart = new Date().toISOString();
    const settings = resolveSettings(config);
    const { logger } = ctx;
    if (settings.ignoredFields.length > 0) {
      logger.warn(
        `These fields of the published Faros destination are accepted and ignored: ${settings.ignoredFields.join(', ')}`,
      );
    }
    const router = new Router(catalog.streams, this.registry, settings.origin, logger);
    const client = this.client(settings, logger);
    let target: TargetSchema;
    if (settings.dryRun) {
      logger.info('Dry run: records are converted and counted; nothing is written to Hasura');
      target = TargetSchema.fromModels();
    } else {
      try {
        await client.healthy();
        target = await TargetSchema.load(client);
      } catch (error) {
        client.close();
        throw error;
      }
      const owned = router.all().flatMap((r) => r.converter?.ownedModels ?? []);
      const gaps = target.gaps(new Set(owned));
      if (gaps.tables.length > 0)
        logger.warn(`The target lacks tables, whose rows will be dropped: ${gaps.tables.join(', ')}`);
      if (gaps.columns.length > 0)
        logger.warn(`The target lacks columns, which will be dropped: ${gaps.columns.join(', ')}`);
    }
    return new FarosWriter({
      settings,
      router,
      resolver: new RowResolver(target, logger),
      client,
      depths: modelDepths(FAROS_CE_MODELS),
      logger,
      runStart,
    });
  }

  private writtenModels(): Set<string> {
    return new Set(this.registry.all().flatMap((c) => c.ownedModels));
  }

  private client(settings: DestinationSettings, logger: Logger): HasuraClient {
    return new HasuraClient({
      url: settings.hasuraUrl,
      adminSecret: settings.adminSecret,
      timeoutMs: settings.timeoutMs,
      maxRetries: settings.maxRetries,
      retryDelayMs: settings.retryDelayMs,
      ca: settings.ca,
      logger,
    });
  }
}
