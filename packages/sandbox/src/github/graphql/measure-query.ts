import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
  type VariableValues,
} from 'graphql';
import { GithubGraphqlError } from './github-graphql-error.js';

/** GitHub's limit on the nodes one query may ask for. */
export const MAX_NODE_LIMIT = 500_000;
/** GitHub's limit on `first`/`last`. */
export const MAX_PAGE_SIZE = 100;

/** What a query costs, computed before it runs as GitHub documents it. */
export interface QueryMeasure {
  /** Connection requests: each connection counts once per parent item that could hold it. */
  readonly requests: number;
  /** Nodes the query may return: each connection's page size times its parents'. */
  readonly nodeCount: number;
  /** Points: requests / 100, rounded, at least 1. */
  readonly cost: number;
  /** `rateLimit(dryRun: true)` was asked: price the query, charge nothing. */
  readonly dryRun: boolean;
  /** Pagination and node-limit errors; the query must not run when there are any. */
  readonly errors: readonly GithubGraphqlError[];
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: VariableValues;
  requests: number;
  nodeCount: number;
  dryRun: boolean;
  errors: GithubGraphqlError[];
}

/**
 * Measures `operation` (valid against `schema`, variables already coerced): the pagination
 * boundaries of every connection (`first` or `last` required when items are selected, 0..100),
 * the node count against the 500,000 limit, and the point cost.
 */
export function measureQuery(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: VariableValues,
): QueryMeasure {
  const walk: Walk = { schema, fragments, variables, requests: 0, nodeCount: 0, dryRun: false, errors: [] };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (root) visit(walk, operation.selectionSet, root, 1, []);
  if (walk.errors.length === 0 && walk.nodeCount > MAX_NODE_LIMIT) walk.errors.push(nodeLimitError(walk.nodeCount));
  return {
    requests: walk.requests,
    nodeCount: walk.nodeCount,
    cost: Math.max(1, Math.round(walk.requests / 100)),
    dryRun: walk.dryRun,
    errors: walk.errors,
  };
}

function visit(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  multiplier: number,
  path: readonly string[],
): void {
  for (const selection of selectionSet.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      visitField(walk, selection, parent, multiplier, path);
    } else {
      const condition =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.typeCondition
          : walk.fragments.get(selection.name.value)?.typeCondition;
      const set =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : walk.fragments.get(selection.name.value)?.selectionSet;
      const type = condition ? typeFromAST(walk.schema, condition) : parent;
      if (set && type && isCompositeType(type)) visit(walk, set, type, multiplier, path);
    }
  }
}

function visitField(
  walk: Walk,
  node: FieldNode,
  parent: GraphQLCompositeType,
  multiplier: number,
  path: readonly string[],
): void {
  const name = node.name.value;
  if (name.startsWith('__') || !('getFields' in parent)) return;
  const field = parent.getFields()[name];
  if (!field) return;
  const here = [...path, node.alias?.value ?? name];
  const type = getNamedType(field.type);
  if (parent === walk.schema.getQueryType() && name === 'rateLimit') {
    walk.dryRun ||= getArgumentValues(field, node, walk.variables).dryRun === true;
  }
  let inner = multiplier;
  if (isConnection(field)) {
    const args = getArgumentValues(field, node, walk.variables);
    const size = pageSize(walk, node, name, args.first, args.last, here);
    walk.requests += multiplier;
    if (size !== undefined) {
      inner = multiplier * size;
      const before = walk.nodeCount;
      walk.nodeCount += inner;
      if (before <= MAX_NODE_LIMIT && walk.nodeCount > MAX_NODE_LIMIT && walk.errors.length === 0) {
        walk.errors.push(nodeLimitError(walk.nodeCount, name));
      }
    }
  }
  if (node.selectionSet && isCompositeType(type)) visit(walk, node.selectionSet, type, inner, here);
}

/** The page size of a connection, or undefined when none is given (fine for `totalCount` alone). */
function pageSize(
  walk: Walk,
  node: FieldNode,
  name: string,
  first: unknown,
  last: unknown,
  path: readonly string[],
): number | undefined {
  for (const [argument, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (typeof value !== 'number') continue;
    if (value < 0) {
      walk.errors.push(
        new GithubGraphqlError(
          'EXCESSIVE_PAGINATION',
          `\`${argument}\` on the \`${name}\` connection cannot be less than zero.`,
          path,
        ),
      );
    } else if (value > MAX_PAGE_SIZE) {
      walk.errors.push(
        new GithubGraphqlError(
          'EXCESSIVE_PAGINATION',
          `Requesting ${value} records on the \`${name}\` connection exceeds the \`${argument}\` limit of ${MAX_PAGE_SIZE} records.`,
          path,
        ),
      );
    }
  }
  const sizes = [first, last].filter((v): v is number => typeof v === 'number');
  if (sizes.length > 0) return Math.max(0, Math.min(MAX_PAGE_SIZE, Math.max(...sizes)));
  if (node.selectionSet && selectsItems(walk, node.selectionSet)) {
    walk.errors.push(
      new GithubGraphqlError(
        'MISSING_PAGINATION_BOUNDARIES',
        `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
        path,
      ),
    );
  }
  return undefined;
}

/** Whether a connection's selection asks for `nodes` or `edges` (directly or through fragments). */
function selectsItems(walk: Walk, set: SelectionSetNode): boolean {
  return set.selections.some((s) => {
    if (!included(walk, s)) return false;
    if (s.kind === Kind.FIELD) return s.name.value === 'nodes' || s.name.value === 'edges';
    const inner = s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : walk.fragments.get(s.name.value)?.selectionSet;
    return inner ? selectsItems(walk, inner) : false;
  });
}

function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && type.name.endsWith('Connection') && field.args.some((a) => a.name === 'first');
}

function included(walk: Walk, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;
}

function nodeLimitError(count: number, connection?: string): GithubGraphqlError {
  const where = connection ? `By the time this query traverses to the ${connection} connection, it` : 'This query';
  return new GithubGraphqlError(
    'MAX_NODE_LIMIT_EXCEEDED',
    `${where} is requesting up to ${count.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODE_LIMIT.toLocaleString('en-US')}.`,
  );
}
