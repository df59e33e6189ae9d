import { pluralize } from './pluralize.js';
import type { ForeignKeyInfo, RelationshipInfo } from './table-catalog.js';

/** A table's name and foreign keys: all relationship naming needs. */
export interface TableForeignKeys {
  readonly name: string;
  readonly foreignKeys: readonly ForeignKeyInfo[];
}

/** Object and array relationships of every table, named by CE's Hasura init rules. */
export interface NamedRelationships {
  readonly objectRelationships: ReadonlyMap<string, RelationshipInfo[]>;
  readonly arrayRelationships: ReadonlyMap<string, RelationshipInfo[]>;
}

/**
 * Names relationships the way Faros CE's init names them when it tracks the tables: each foreign key gives an
 * object relationship on the child named after the parent table, and an array relationship on the parent named
 * `pluralize(child table)`. When a child has several foreign keys to the same parent, the names become
 * `<parent>__<column>` and `<plural child>By<Column>`.
 */
export function nameRelationships(tables: readonly TableForeignKeys[]): NamedRelationships {
  const objectRelationships = new Map<string, RelationshipInfo[]>(tables.map((t) => [t.name, []]));
  const arrayRelationships = new Map<string, RelationshipInfo[]>(tables.map((t) => [t.name, []]));
  for (const child of tables) {
    for (const fk of child.foreignKeys) {
      const parentArrays = arrayRelationships.get(fk.referencedTable);
      if (!parentArrays) continue;
      const shared = child.foreignKeys.filter((other) => other.referencedTable === fk.referencedTable).length > 1;
      const column = fk.columns[0] ?? '';
      const objectName = shared ? `${fk.referencedTable}__${column}` : fk.referencedTable;
      const arrayName = shared ? `${pluralize(child.name)}By${upperFirst(column)}` : pluralize(child.name);
      objectRelationships.get(child.name)?.push({
        name: objectName,
        kind: 'object',
        remoteTable: fk.referencedTable,
        columnMapping: fk.columns.map((col, i) => [col, fk.referencedColumns[i] ?? 'id'] as const),
      });
      parentArrays.push({
        name: arrayName,
        kind: 'array',
        remoteTable: child.name,
        columnMapping: fk.columns.map((col, i) => [fk.referencedColumns[i] ?? 'id', col] as const),
      });
    }
  }
  for (const list of [...objectRelationships.values(), ...arrayRelationships.values()]) {
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return { objectRelationships, arrayRelationships };
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
