import type { Logger } from '@faros-ce/sdk';
import { FAROS_CE_MODELS, type FarosModel } from '../models/faros-ce-models.js';
import { FarosRef, type FarosRow } from '../models/faros-row.js';
import { refId, rowId } from '../models/pkey.js';
import type { TargetSchema } from './target-schema.js';

/** A converted row ready to write: its id computed, references replaced by the parents' ids. */
export interface ResolvedRow {
  readonly model: string;
  readonly id: string;
  readonly values: Record<string, unknown>;
  readonly referenceOnly: boolean;
}

const lookup = (name: string): FarosModel | undefined => FAROS_CE_MODELS.get(name);
const WRITER_COLUMNS = new Set(['id', 'origin', 'refreshedAt']);

/**
 * Turns converter rows into {@link ResolvedRow}s against the target schema: rows of models the target
 * lacks and columns it lacks are dropped, each reported once (never tried row by row).
 */
export class RowResolver {
  private readonly reported = new Set<string>();

  constructor(
    private readonly target: TargetSchema,
    private readonly logger: Logger,
  ) {}

  /**
   * The resolved rows of one record.
   * @throws Error naming the model and column when a value cannot be resolved (a reference to an unknown model).
   */
  resolve(rows: Iterable<FarosRow>, streamName: string): ResolvedRow[] {
    const out: ResolvedRow[] = [];
    for (const row of rows) {
      const model = FAROS_CE_MODELS.get(row.model);
      if (model === undefined || !this.target.hasTable(row.model)) {
        this.reportOnce(
          `model:${row.model}`,
          `Faros CE has no table ${row.model}: its rows (from ${streamName}) are dropped`,
        );
        continue;
      }
      const values: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(row.values)) {
        if (value === undefined) continue;
        if (WRITER_COLUMNS.has(column) || !(column in model.columns) || !this.target.hasColumn(row.model, column)) {
          const why = WRITER_COLUMNS.has(column) ? 'is set by the writer' : 'does not exist in the target';
          this.reportOnce(
            `column:${row.model}.${column}`,
            `Column ${row.model}.${column} ${why}: dropped (from ${streamName})`,
          );
          continue;
        }
        try {
          values[column] = value instanceof FarosRef ? refId(value, lookup) : value;
        } catch (error) {
          throw new Error(`${row.model}.${column}: ${(error as Error).message}`);
        }
      }
      out.push({
        model: row.model,
        id: rowId(model, row.values, lookup),
        values,
        referenceOnly: row.referenceOnly === true,
      });
    }
    return out;
  }

  private reportOnce(key: string, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.logger.warn(message);
  }
}
