import type {
  BatchOutcome,
  ConfiguredAirbyteStream,
  DestinationWriter,
  Logger,
  RecordBatch,
  RejectedRecord,
  WriteSummary,
} from '@faros-ce/sdk';
import type { ConverterContext } from './converters/converter.js';
import type { HasuraClient } from './hasura/hasura-client.js';
import { HasuraWriter, type RecordRows } from './hasura/hasura-writer.js';
import type { RowResolver } from './hasura/row-resolver.js';
import { mergeRows } from './hasura/upsert-request.js';
import { resetStream } from './resets.js';
import type { Route, Router } from './router.js';
import { RunStats } from './run-stats.js';
import type { DestinationSettings } from './settings.js';

/** What the writer of one run is made of. */
export interface FarosWriterParts {
  readonly settings: DestinationSettings;
  readonly router: Router;
  readonly resolver: RowResolver;
  readonly client: HasuraClient;
  readonly depths: ReadonlyMap<string, number>;
  readonly logger: Logger;
  /** The run's start, stamped as `refreshedAt` on every row written. */
  readonly runStart: string;
}

/**
 * One `write`: converts each batch's records with their stream's converter, writes the rows through
 * Hasura (or, in a dry run, only counts them), resets full-refresh streams after their COMPLETE status,
 * and logs the summary at the end.
 */
export class FarosWriter implements DestinationWriter {
  readonly stats = new RunStats();
  private readonly hasura: HasuraWriter;
  private readonly contexts = new Map<string, ConverterContext>();
  private readonly shared = new Map<string, unknown>();
  private readonly warned = new Set<string>();
  private readonly reset = new Set<string>();
  // Dry run: ids the run would have written, by model, so would-be deletions leave them out.
  private readonly dryRunSeen = new Map<string, Set<string>>();

  constructor(private readonly parts: FarosWriterParts) {
    this.hasura = new HasuraWriter(
      parts.client,
      parts.depths,
      parts.settings.rowsPerRequest,
      this.stats.models,
      parts.logger,
    );
  }

  async writeBatch({ stream, records }: RecordBatch): Promise<BatchOutcome> {
    const name = stream.stream.name;
    const stats = this.stats.stream(name);
    stats.read += records.length;
    const route = this.parts.router.route(name);
    const converter = route?.converter;
    if (route === undefined || converter === undefined) {
      stats.skipped += records.length;
      return {};
    }
    const context = this.context(route);
    const rejected: RejectedRecord[] = [];
    const converted: RecordRows[] = [];
    for (let index = 0; index < records.length; index++) {
      try {
        const rows = this.parts.resolver.resolve(
          converter.convert((records[index] as RecordBatch['records'][number]).data, context),
          name,
        );
        converted.push({ index, rows });
      } catch (error) {
        rejected.push({
          index,
          reason: `${converter.source}/${converter.stream} could not convert it: ${messageOf(error)}`,
        });
      }
    }
    stats.converted += converted.length;
    if (this.parts.settings.dryRun) {
      this.dryRun(converted, route);
    } else {
      rejected.push(...(await this.hasura.write(converted, route.origin, this.parts.runStart)));
    }
    stats.rejected += rejected.length;
    return { rejected };
  }

  async streamComplete(stream: ConfiguredAirbyteStream): Promise<void> {
    await this.maybeReset(stream, 'its COMPLETE status');
  }

  async close(summary: WriteSummary): Promise<void> {
    try {
      if (summary.error === undefined && this.parts.settings.resetWithoutComplete) {
        for (const route of this.parts.router.all())
          await this.maybeReset(route.stream, 'reset_without_complete_status');
      } else if (summary.error === undefined) {
        const waiting = this.parts.router
          .all()
          .filter((r) => removesUnseen(r.stream) && r.converter && !this.reset.has(r.streamName));
        if (waiting.length > 0) {
          this.parts.logger.warn(
            `No COMPLETE status for full-refresh streams ${waiting.map((r) => r.streamName).join(', ')}: nothing deleted (set reset_without_complete_status to allow it)`,
          );
        }
      }
    } finally {
      this.stats.log(this.parts.logger, this.parts.settings.dryRun);
      this.parts.client.close();
    }
  }

  private async maybeReset(stream: ConfiguredAirbyteStream, why: string): Promise<void> {
    const route = this.parts.router.route(stream.stream.name);
    if (route?.converter === undefined || !removesUnseen(stream) || this.reset.has(route.streamName)) return;
    this.reset.add(route.streamName);
    this.parts.logger.info(`Full refresh of ${route.streamName} (${why}): removing rows it no longer sees`);
    const options = {
      client: this.parts.client,
      depths: this.parts.depths,
      pageSize: this.parts.settings.resetPageSize,
      runStart: this.parts.runStart,
      logger: this.parts.logger,
      dryRunSeen: this.parts.settings.dryRun ? this.dryRunSeen : undefined,
    };
    try {
      this.stats.addDeleted(await resetStream(options, route.streamName, route.origin, route.converter.ownedModels));
    } catch (error) {
      if (!this.parts.settings.dryRun) throw error;
      this.parts.logger.warn(
        `Dry run: cannot tell what the reset of ${route.streamName} would delete: ${messageOf(error)}`,
      );
    }
  }

  private dryRun(converted: readonly RecordRows[], route: Route): void {
    const owned = new Set(route.converter?.ownedModels ?? []);
    const merged = mergeRows(converted.flatMap((r) => r.rows));
    for (const row of merged.values()) {
      let counts = this.stats.models.get(row.model);
      if (counts === undefined) {
        counts = { upserted: 0, referenced: 0 };
        this.stats.models.set(row.model, counts);
      }
      if (row.referenceOnly) counts.referenced++;
      else counts.upserted++;
      if (removesUnseen(route.stream) && owned.has(row.model)) {
        const seen = this.dryRunSeen.get(row.model) ?? new Set<string>();
        this.dryRunSeen.set(row.model, seen);
        seen.add(row.id);
      }
      if (this.parts.settings.logRecords) {
        this.parts.logger.info(
          `Dry run row: ${JSON.stringify({ model: row.model, referenceOnly: row.referenceOnly, ...row.values })}`,
        );
      }
    }
  }

  private context(route: Route): ConverterContext {
    let context = this.contexts.get(route.streamName);
    if (context === undefined) {
      context = {
        origin: route.origin,
        streamName: route.streamName,
        settings: this.parts.settings.converter,
        shared: this.shared,
        warn: (message: string) => {
          if (this.warned.has(message)) return;
          this.warned.add(message);
          this.parts.logger.warn(`${route.streamName}: ${message}`);
        },
      };
      this.contexts.set(route.streamName, context);
    }
    return context;
  }
}

/**
 * Whether a stream's full refresh removes the rows it no longer sees: `overwrite` unless the platform
 * asked to keep earlier generations (`minimum_generation_id` below `generation_id`), and an
 * incremental stream whose refresh truncates (`minimum_generation_id` equal to a non-zero `generation_id`).
 */
export function removesUnseen(stream: ConfiguredAirbyteStream): boolean {
  const { generation_id: generation, minimum_generation_id: minimum } = stream;
  const both = typeof generation === 'number' && typeof minimum === 'number';
  if (stream.destination_sync_mode === 'overwrite') return !(both && minimum < generation);
  return both && generation > 0 && minimum === generation;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
