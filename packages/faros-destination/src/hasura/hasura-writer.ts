import type { Logger } from '@faros-ce/sdk';
import { HasuraDataError } from './classify-answer.js';
import type { HasuraClient } from './hasura-client.js';
import type { ResolvedRow } from './row-resolver.js';
import { buildUpsertRequest, mergeRows, type UpsertGroup } from './upsert-request.js';

/** The rows one input record became, by the record's index in its batch. */
export interface RecordRows {
  readonly index: number;
  readonly rows: readonly ResolvedRow[];
}

/** A record whose rows Hasura refused, and why. */
export interface RefusedRecord {
  readonly index: number;
  readonly reason: string;
}

/** Counts the writer reports per model. */
export interface ModelCounts {
  /** Rows the stream owns, upserted (a row is counted once per request it was in). */
  upserted: number;
  /** Key-only rows written so that references resolve. */
  referenced: number;
}

/**
 * Writes the rows of a batch's records to Hasura: records are packed into requests of at most
 * `rowsPerRequest` rows (a record is never split), each request one transaction of upserts, parents first.
 * When Hasura refuses a request's data (`constraint-violation`, `data-exception`), nothing of it was
 * committed: its records are split in halves and each half written again, down to the single records at
 * fault, which are returned with Hasura's reason. Every other record is committed.
 */
export class HasuraWriter {
  private readonly refusalKinds = new Set<string>();

  constructor(
    private readonly client: HasuraClient,
    private readonly depths: ReadonlyMap<string, number>,
    private readonly rowsPerRequest: number,
    private readonly counts: Map<string, ModelCounts>,
    private readonly logger: Logger,
  ) {}

  /** Writes the records' rows; resolves to the records refused. */
  async write(records: readonly RecordRows[], origin: string, refreshedAt: string): Promise<RefusedRecord[]> {
    const refused: RefusedRecord[] = [];
    let chunk: RecordRows[] = [];
    let rows = 0;
    for (const record of records) {
      if (chunk.length > 0 && rows + record.rows.length > this.rowsPerRequest) {
        await this.commit(chunk, origin, refreshedAt, refused);
        chunk = [];
        rows = 0;
      }
      chunk.push(record);
      rows += record.rows.length;
    }
    if (chunk.length > 0) await this.commit(chunk, origin, refreshedAt, refused);
    return refused;
  }

  private async commit(records: readonly RecordRows[], origin: string, refreshedAt: string, refused: RefusedRecord[]) {
    const request = buildUpsertRequest(
      mergeRows(records.flatMap((r) => r.rows)).values(),
      origin,
      refreshedAt,
      this.depths,
    );
    if (request.groups.length === 0) return;
    try {
      await this.client.graphql(request.query, request.variables);
    } catch (error) {
      if (!(error instanceof HasuraDataError)) throw error;
      if (records.length === 1) {
        const record = records[0] as RecordRows;
        refused.push({ index: record.index, reason: `Hasura refused its rows (${error.code}): ${error.message}` });
        if (!this.refusalKinds.has(error.code)) {
          this.refusalKinds.add(error.code);
          this.logger.warn(
            `Hasura refused a record's rows (${error.code}): ${error.message}; such records are rejected`,
          );
        }
        return;
      }
      const half = Math.ceil(records.length / 2);
      await this.commit(records.slice(0, half), origin, refreshedAt, refused);
      await this.commit(records.slice(half), origin, refreshedAt, refused);
      return;
    }
    this.count(request.groups);
  }

  private count(groups: readonly UpsertGroup[]): void {
    for (const group of groups) {
      let counts = this.counts.get(group.model);
      if (counts === undefined) {
        counts = { upserted: 0, referenced: 0 };
        this.counts.set(group.model, counts);
      }
      if (group.referenceOnly) counts.referenced += group.objects.length;
      else counts.upserted += group.objects.length;
    }
  }
}
