import type { ColumnInfo } from './table-catalog.js';

/** `"name"` with embedded quotes doubled: for identifiers that come from the catalog. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `'text'` with embedded quotes doubled: for names (JSON keys, constraint names), never for client values. */
export function quoteName(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The text Postgres parses into a value of this column's type. */
export function toSqlText(value: unknown, column: ColumnInfo): string | null {
  if (value === null || value === undefined) return null;
  if (column.typeName === 'jsonb' || column.typeName === 'json') return JSON.stringify(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** `expression` cast from text to the column's type. */
export function castFromText(expression: string, column: ColumnInfo): string {
  return column.sqlType === 'text' ? expression : `(${expression})::${column.sqlType}`;
}

/**
 * Collects the parameters and table aliases of one statement. Client values only ever enter SQL as
 * parameters, bound as text and cast to the column's type in SQL, so both drivers (PGlite, pg) see strings.
 */
export class SqlBuilder {
  readonly params: (string | null)[] = [];
  #aliases = 0;

  /** A table alias not used yet in this statement. */
  alias(): string {
    this.#aliases += 1;
    return `_t${this.#aliases}`;
  }

  /** Binds text; returns `$n::text`. */
  text(value: string | null): string {
    this.params.push(value);
    return `$${this.params.length}::text`;
  }

  /** Binds a value of this column; returns the parameter cast to the column's type. */
  value(value: unknown, column: ColumnInfo): string {
    return castFromText(this.text(toSqlText(value, column)), column);
  }
}
