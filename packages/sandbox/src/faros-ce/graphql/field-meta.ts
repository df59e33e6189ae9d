import type { GraphQLField, GraphQLInputField } from 'graphql';
import type { ColumnInfo, RelationshipInfo, TableInfo } from './table-catalog.js';

/** What a root field does. */
export type RootOperation =
  | 'select'
  | 'selectByPk'
  | 'selectAggregate'
  | 'insert'
  | 'insertOne'
  | 'update'
  | 'updateByPk'
  | 'delete'
  | 'deleteByPk';

/**
 * What a schema field stands for, kept in the field's `extensions` so the SQL compiler never parses names:
 * a column, a relationship, a relationship's aggregate, or a root field over a table.
 */
export type FieldMeta =
  | { readonly kind: 'column'; readonly column: ColumnInfo }
  | { readonly kind: 'relationship'; readonly relationship: RelationshipInfo }
  | { readonly kind: 'relationshipAggregate'; readonly relationship: RelationshipInfo }
  | { readonly kind: 'root'; readonly operation: RootOperation; readonly table: TableInfo };

const KEY = 'farosCe';

/** The `extensions` object that tags a field with its meaning. */
export function withMeta(meta: FieldMeta): { [KEY]: FieldMeta } {
  return { [KEY]: meta };
}

/** The meaning of a field, if it has one. */
export function fieldMeta(field: GraphQLField<unknown, unknown> | GraphQLInputField): FieldMeta | undefined {
  return field.extensions[KEY] as FieldMeta | undefined;
}
