import type { TableCatalog } from '../graphql/index.js';

/** A tracked table in Hasura's exported metadata. */
export interface MetadataTable {
  readonly table: { readonly name: string; readonly schema: string };
  readonly object_relationships?: readonly {
    readonly name: string;
    readonly using: { readonly foreign_key_constraint_on: string };
  }[];
  readonly array_relationships?: readonly {
    readonly name: string;
    readonly using: {
      readonly foreign_key_constraint_on: {
        readonly column: string;
        readonly table: { readonly name: string; readonly schema: string };
      };
    };
  }[];
}

/** Hasura v2 metadata (format version 3) with the single `default` Postgres source. */
export interface HasuraMetadata {
  readonly version: 3;
  readonly sources: readonly {
    readonly name: 'default';
    readonly kind: 'postgres';
    readonly tables: readonly MetadataTable[];
    readonly configuration: Readonly<Record<string, unknown>>;
  }[];
}

/**
 * The metadata CE's init would have loaded into Hasura for these tables: every table tracked, relationships by
 * foreign key as CE names them, the `default` source configured as CE configures it. Empty relationship lists are
 * left out, as Hasura leaves them out of an export.
 */
export function exportMetadata(catalog: TableCatalog): HasuraMetadata {
  const tables = [...catalog.tables.values()]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((table): MetadataTable => {
      const entry: { -readonly [K in keyof MetadataTable]: MetadataTable[K] } = {
        table: { name: table.name, schema: table.schema },
      };
      if (table.objectRelationships.length > 0) {
        entry.object_relationships = table.objectRelationships.map((rel) => ({
          name: rel.name,
          using: { foreign_key_constraint_on: rel.columnMapping[0]?.[0] ?? '' },
        }));
      }
      if (table.arrayRelationships.length > 0) {
        entry.array_relationships = table.arrayRelationships.map((rel) => ({
          name: rel.name,
          using: {
            foreign_key_constraint_on: {
              column: rel.columnMapping[0]?.[1] ?? '',
              table: { name: rel.remoteTable, schema: table.schema },
            },
          },
        }));
      }
      return entry;
    });
  return {
    version: 3,
    sources: [
      {
        name: 'default',
        kind: 'postgres',
        tables,
        configuration: {
          connection_info: {
            database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' },
            isolation_level: 'read-committed',
            pool_settings: { connection_lifetime: 600, idle_timeout: 180, max_connections: 50, retries: 1 },
            use_prepared_statements: true,
          },
        },
      },
    ],
  };
}
