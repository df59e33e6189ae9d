import type { Logger } from '@faros-ce/sdk';
import type { ModelCounts } from './hasura/hasura-writer.js';

/** Records of one stream: read, converted, skipped (no converter), rejected (converter or Hasura refused). */
export interface StreamStats {
  read: number;
  converted: number;
  skipped: number;
  rejected: number;
}

/** The numbers of one run, for the end-of-run summary. */
export class RunStats {
  readonly streams = new Map<string, StreamStats>();
  /** Rows upserted (or, in a dry run, that would be) and key-only rows written, by model. */
  readonly models = new Map<string, ModelCounts>();
  /** Rows deleted (or that would be) by resets, by model. */
  readonly deleted = new Map<string, number>();

  stream(name: string): StreamStats {
    let stats = this.streams.get(name);
    if (stats === undefined) {
      stats = { read: 0, converted: 0, skipped: 0, rejected: 0 };
      this.streams.set(name, stats);
    }
    return stats;
  }

  addDeleted(counts: ReadonlyMap<string, number>): void {
    for (const [model, n] of counts) this.deleted.set(model, (this.deleted.get(model) ?? 0) + n);
  }

  /** Logs the summary: one line per stream and one per model. */
  log(logger: Logger, dryRun: boolean): void {
    const would = dryRun ? 'would be ' : '';
    logger.info(`Summary${dryRun ? ' (dry run: nothing was written)' : ''}:`);
    for (const [name, s] of [...this.streams].sort(([a], [b]) => a.localeCompare(b))) {
      logger.info(
        `  stream ${name}: ${s.read} read, ${s.converted} converted, ${s.skipped} skipped, ${s.rejected} rejected`,
      );
    }
    const models = new Set([...this.models.keys(), ...this.deleted.keys()]);
    for (const model of [...models].sort()) {
      const c = this.models.get(model) ?? { upserted: 0, referenced: 0 };
      logger.info(
        `  model ${model}: ${c.upserted} ${would}upserted, ${c.referenced} referenced by key, ${this.deleted.get(model) ?? 0} ${would}deleted`,
      );
    }
  }
}
