import { HasuraError } from './hasura-error.js';

/** The body of a POST to `/v1/graphql`. */
export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>> | null;
  readonly operationName?: string | null;
}

/** Checks the shape of a request body, failing with Hasura's `parse-failed` and the JSON path at fault. */
export function parseGraphqlRequest(body: unknown): GraphqlRequest {
  if (!isObject(body)) throw new HasuraError('parse-failed', `expected Object, but encountered ${jsonKind(body)}`);
  if (!('query' in body)) throw new HasuraError('parse-failed', 'key "query" not found');
  const { query, variables, operationName } = body;
  if (typeof query !== 'string') {
    throw new HasuraError('parse-failed', `expected String, but encountered ${jsonKind(query)}`, '$.query');
  }
  if (variables !== undefined && variables !== null && !isObject(variables)) {
    throw new HasuraError('parse-failed', `expected Object, but encountered ${jsonKind(variables)}`, '$.variables');
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    throw new HasuraError(
      'parse-failed',
      `expected String, but encountered ${jsonKind(operationName)}`,
      '$.operationName',
    );
  }
  return { query, variables: variables ?? null, operationName: operationName ?? null };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonKind(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'boolean':
      return 'Boolean';
    default:
      return 'Object';
  }
}
