import { FAROS_CE_MODELS } from '../models/faros-ce-models.js';
import type { HasuraClient } from './hasura-client.js';

/** The tables and writable columns the target Hasura offers. */
export class TargetSchema {
  constructor(private readonly tables: ReadonlyMap<string, ReadonlySet<string>>) {}

  /** The schema our generated Faros CE models describe (a dry run's target). */
  static fromModels(): TargetSchema {
    return new TargetSchema(
      new Map(
        [...FAROS_CE_MODELS].map(([name, m]) => [name, new Set([...Object.keys(m.columns), 'origin', 'refreshedAt'])]),
      ),
    );
  }

  /** Reads the insertable columns of every table from Hasura's GraphQL introspection. */
  static async load(client: HasuraClient): Promise<TargetSchema> {
    const data = await client.graphql<{
      __schema: { types: { name: string; inputFields: { name: string }[] | null }[] };
    }>('{ __schema { types { name inputFields { name } } } }');
    const tables = new Map<string, Set<string>>();
    for (const type of data.__schema.types) {
      if (!type.name.endsWith('_insert_input') || type.inputFields === null) continue;
      const table = type.name.slice(0, -'_insert_input'.length);
      // Object relationships (nested inserts) are input fields too; they are not columns of ours, and harmless.
      tables.set(table, new Set(type.inputFields.map((f) => f.name)));
    }
    return new TargetSchema(tables);
  }

  hasTable(table: string): boolean {
    return this.tables.has(table);
  }

  hasColumn(table: string, column: string): boolean {
    return this.tables.get(table)?.has(column) ?? false;
  }

  /** What the target lacks of the given Faros CE models: missing tables, and missing columns by table. */
  gaps(models: Iterable<string>): { tables: string[]; columns: string[] } {
    const tables: string[] = [];
    const columns: string[] = [];
    for (const name of models) {
      const model = FAROS_CE_MODELS.get(name);
      if (!this.hasTable(name)) {
        tables.push(name);
        continue;
      }
      for (const column of [...Object.keys(model?.columns ?? {}), 'origin', 'refreshedAt']) {
        if (!this.hasColumn(name, column)) columns.push(`${name}.${column}`);
      }
    }
    return { tables, columns };
  }
}
