import {
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getOperationAST,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  parse,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/** Options of {@link checkGraphqlResponse}. */
export interface CheckGraphqlResponseOptions {
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly operationName?: string;
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
}

const SCALARS: Readonly<Record<string, (v: unknown) => boolean>> = {
  Int: (v) => Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31,
  Float: (v) => typeof v === 'number' && Number.isFinite(v),
  String: (v) => typeof v === 'string',
  Boolean: (v) => typeof v === 'boolean',
  ID: (v) => typeof v === 'string',
  DateTime: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v),
  PreciseDateTime: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  GitTimestamp: (v) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v),
  Date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  URI: (v) => typeof v === 'string' && URL.canParse(v, 'https://github.com'),
  HTML: (v) => typeof v === 'string',
  GitObjectID: (v) => typeof v === 'string' && /^[0-9a-f]{40}$/.test(v),
  BigInt: (v) => typeof v === 'string' && /^-?\d+$/.test(v),
  Base64String: (v) => typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v),
};

/**
 * Checks a GraphQL response's `data` against the schema and the query that produced it, walking
 * the selection alongside the value: every key is a selected response key (no extra, none
 * missing), scalars have their type's form (`DateTime` ISO to the second with `Z`, `GitObjectID`
 * 40 hex digits, `Int` 32 bits…), enums hold a declared value, non-null is never null, lists are
 * arrays, and an abstract type's value fits one of its possible types (`__typename` when
 * selected). Returns the problems found, each with its path; an empty list means the data conforms.
 */
export function checkGraphqlResponse(
  schema: GraphQLSchema,
  query: string | DocumentNode,
  data: unknown,
  options: CheckGraphqlResponseOptions = {},
): string[] {
  const document = typeof query === 'string' ? parse(query) : query;
  const operation = getOperationAST(document, options.operationName);
  if (!operation) return ['the document has no operation to check against'];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return [`the schema has no ${operation.operation} type`];
  const walk: Walk = { schema, fragments, variables: options.variables ?? {} };
  const problems: string[] = [];
  checkObject(walk, root, [operation.selectionSet], data, 'data', problems);
  return problems;
}

function checkValue(
  walk: Walk,
  type: GraphQLOutputType,
  sets: readonly SelectionSetNode[],
  value: unknown,
  path: string,
  problems: string[],
): void {
  if (isNonNullType(type)) {
    if (value === null || value === undefined) problems.push(`${path}: null for non-null ${String(type)}`);
    else checkValue(walk, type.ofType, sets, value, path, problems);
    return;
  }
  if (value === null) return;
  if (isListType(type)) {
    if (!Array.isArray(value)) problems.push(`${path}: expected a list for ${String(type)}`);
    else {
      for (const [i, item] of value.entries()) checkValue(walk, type.ofType, sets, item, `${path}[${i}]`, problems);
    }
    return;
  }
  if (isScalarType(type)) {
    const test = SCALARS[type.name] ?? ((v: unknown) => ['string', 'number', 'boolean'].includes(typeof v));
    if (!test(value)) problems.push(`${path}: ${JSON.stringify(value)} is not a valid ${type.name}`);
    return;
  }
  if (isEnumType(type)) {
    if (typeof value !== 'string' || !type.getValue(value))
      problems.push(`${path}: ${JSON.stringify(value)} is not a ${type.name}`);
    return;
  }
  if (isObjectType(type)) {
    checkObject(walk, type, sets, value, path, problems);
    return;
  }
  if (isAbstractType(type)) {
    const possible = walk.schema.getPossibleTypes(type);
    const named = typenameOf(walk, sets, value);
    const candidates = named === undefined ? possible : possible.filter((t) => t.name === named);
    if (candidates.length === 0) {
      problems.push(`${path}: __typename ${JSON.stringify(named)} is not a possible type of ${type.name}`);
      return;
    }
    let best: string[] | undefined;
    for (const candidate of candidates) {
      const found: string[] = [];
      checkObject(walk, candidate, sets, value, path, found);
      if (found.length === 0) return;
      if (!best || found.length < best.length) best = found;
    }
    problems.push(...(best ?? []));
  }
}

/** The value of a selected `__typename`, if the selection has one (under any alias). */
function typenameOf(walk: Walk, sets: readonly SelectionSetNode[], value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const set of sets) {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD && s.name.value === '__typename' && included(walk, s)) {
        const v = (value as Record<string, unknown>)[s.alias?.value ?? '__typename'];
        if (typeof v === 'string') return v;
      }
    }
  }
  return undefined;
}

function checkObject(
  walk: Walk,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  value: unknown,
  path: string,
  problems: string[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path}: expected an object of type ${type.name}`);
    return;
  }
  const fields = new Map<string, FieldNode[]>();
  for (const set of sets) collectFields(walk, type, set, fields);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!fields.has(key)) problems.push(`${path}.${key}: not selected on ${type.name}`);
  }
  for (const [key, nodes] of fields) {
    const first = nodes[0] as FieldNode;
    const name = first.name.value;
    if (!(key in record)) {
      problems.push(`${path}.${key}: missing`);
      continue;
    }
    if (name === '__typename') {
      if (record[key] !== type.name)
        problems.push(`${path}.${key}: ${JSON.stringify(record[key])} is not ${type.name}`);
      continue;
    }
    const field = type.getFields()[name];
    if (!field) {
      problems.push(`${path}.${key}: ${type.name} has no field ${name}`);
      continue;
    }
    const inner = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    checkValue(walk, field.type, inner, record[key], `${path}.${key}`, problems);
  }
}

function collectFields(
  walk: Walk,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  into: Map<string, FieldNode[]>,
): void {
  for (const s of set.selections) {
    if (!included(walk, s)) continue;
    if (s.kind === Kind.FIELD) {
      const key = s.alias?.value ?? s.name.value;
      into.set(key, [...(into.get(key) ?? []), s]);
      continue;
    }
    const fragment = s.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(s.name.value) : s;
    if (!fragment) continue;
    const condition = fragment.typeCondition?.name.value;
    if (condition && !applies(walk, type, condition)) continue;
    collectFields(walk, type, fragment.selectionSet, into);
  }
}

function applies(walk: Walk, type: GraphQLObjectType, condition: string): boolean {
  if (condition === type.name) return true;
  const target = walk.schema.getType(condition);
  return target !== undefined && isAbstractType(target) && walk.schema.isSubType(target, type);
}

function included(walk: Walk, node: { readonly directives?: readonly DirectiveNode[] | undefined }): boolean {
  for (const d of node.directives ?? []) {
    const name = d.name.value;
    if (name !== GraphQLSkipDirective.name && name !== GraphQLIncludeDirective.name) continue;
    const arg = d.arguments?.find((a) => a.name.value === 'if');
    const on = arg ? valueFromASTUntyped(arg.value, walk.variables) === true : false;
    if (name === GraphQLSkipDirective.name ? on : !on) return false;
  }
  return true;
}
