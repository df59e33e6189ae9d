import {
  defaultFieldResolver,
  execute,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getOperationAST,
  isIntrospectionType,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';
import { buildFarosCeSchema } from './build-faros-ce-schema.js';
import { fromDatabaseError } from './database-error.js';
import { fieldMeta, type RootOperation } from './field-meta.js';
import { HasuraError, type HasuraGraphqlError } from './hasura-error.js';
import { loadTableCatalog } from './load-table-catalog.js';
import { parseGraphqlRequest } from './parse-graphql-request.js';
import { resolveRootField } from './resolve-root-field.js';
import type { SqlDatabase, SqlQueryable } from './sql-database.js';
import type { TableCatalog } from './table-catalog.js';
import { validationError } from './validation-error.js';

/** A GraphQL answer: `data`, or Hasura's single-entry `errors` (never both). */
export type GraphqlResponse = { readonly data: Record<string, unknown> } | { readonly errors: HasuraGraphqlError[] };

/** The GraphQL engine of the local Faros CE: Hasura v2's schema and semantics over the database's tables. */
export interface GraphqlEngine {
  /** The tables the schema was built from. */
  readonly catalog: TableCatalog;
  /** The GraphQL schema (introspection matches Hasura v2's default naming). */
  readonly schema: GraphQLSchema;
  /** Executes one `/v1/graphql` request body; all mutations of a request share one transaction. */
  execute(body: unknown): Promise<GraphqlResponse>;
  /** Re-reads the catalog and rebuilds the schema (after DDL), like Hasura's `reload_metadata`. */
  reload(): Promise<void>;
}

interface RequestContext {
  readonly tx: SqlQueryable;
  failure?: HasuraError;
}

/** Thrown out of the request's transaction to roll it back, carrying the answer. */
class Abort extends Error {
  constructor(readonly response: GraphqlResponse) {
    super('request failed');
  }
}

/** Reads the catalog from the database and builds the engine over it. */
export async function createGraphqlEngine(db: SqlDatabase): Promise<GraphqlEngine> {
  let catalog = await loadTableCatalog(db);
  let schema = buildFarosCeSchema<RequestContext>(catalog, resolveRoot);

  async function resolveRoot(...[, args, context, info]: Parameters<GraphQLFieldResolver<unknown, RequestContext>>) {
    if (context.failure) return null;
    const field = info.parentType.getFields()[info.fieldName];
    const meta = field ? fieldMeta(field) : undefined;
    if (meta?.kind !== 'root') throw new HasuraError('unexpected', `no resolver for ${info.fieldName}`);
    const path = `$.selectionSet.${String(info.path.key)}`;
    try {
      const scope = {
        tx: context.tx,
        catalog,
        schema: info.schema,
        fragments: info.fragments,
        variableValues: info.variableValues,
      };
      return await resolveRootField(scope, meta.table, meta.operation, args, info.fieldNodes, path);
    } catch (error) {
      const failure = locate(fromDatabaseError(error, databaseErrorPath(path, meta.operation)), path);
      context.failure ??= failure;
      throw failure;
    }
  }

  async function run(body: unknown): Promise<GraphqlResponse> {
    const request = parseGraphqlRequest(body);
    let document: ReturnType<typeof parse>;
    try {
      document = parse(request.query);
    } catch {
      throw new HasuraError('validation-failed', 'not a valid graphql query', '$.query');
    }
    const invalid = validate(schema, document, undefined, { hideSuggestions: true })[0];
    if (invalid) throw validationError(invalid, document);
    const operation = getOperationAST(document, request.operationName);
    if (!operation) {
      throw new HasuraError(
        'validation-failed',
        request.operationName
          ? `no such operation found in the document: "${request.operationName}"`
          : 'exactly one operation has to be present in the document when operationName is not specified',
      );
    }
    const args = {
      schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      fieldResolver: readByResponseKey,
      hideSuggestions: true,
    };
    if (isIntrospectionOnly(operation)) return finish(await execute({ ...args, contextValue: { tx: db } }));
    return db.transaction(async (tx) => {
      await tx.query(`SET LOCAL TIME ZONE 'UTC'`);
      const context: RequestContext = { tx };
      const result = await execute({ ...args, contextValue: context });
      const response = context.failure ? { errors: [context.failure.toGraphqlError()] } : finish(result);
      if ('errors' in response) throw new Abort(response);
      return response;
    });
  }

  return {
    get catalog() {
      return catalog;
    },
    get schema() {
      return schema;
    },
    async execute(body) {
      try {
        return await run(body);
      } catch (error) {
        if (error instanceof Abort) return error.response;
        return { errors: [fromDatabaseError(error).toGraphqlError()] };
      }
    },
    async reload() {
      catalog = await loadTableCatalog(db);
      schema = buildFarosCeSchema<RequestContext>(catalog, resolveRoot);
    },
  };
}

function finish(result: Awaited<ReturnType<typeof execute>>): GraphqlResponse {
  const error = result.errors?.[0];
  if (!error) return { data: (result.data ?? {}) as Record<string, unknown> };
  if (error.originalError instanceof HasuraError) return { errors: [error.originalError.toGraphqlError()] };
  const variable = /^Variable "\$([^"]+)"/.exec(error.message);
  if (result.data === undefined || variable) {
    const path = variable ? `$.variableValues.${variable[1]}` : '$';
    return { errors: [new HasuraError('validation-failed', error.message, path).toGraphqlError()] };
  }
  return { errors: [new HasuraError('unexpected', error.message).toGraphqlError()] };
}

/** Nested values arrive keyed by response key (alias), so that is what every non-root field reads. */
const readByResponseKey: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  if (isIntrospectionType(info.parentType)) return defaultFieldResolver(source, args, context, info);
  if (typeof source !== 'object' || source === null) return null;
  return (source as Record<string, unknown>)[String(info.path.key)];
};

function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))
  );
}

/** Where Hasura reports a database error of a root field. */
function databaseErrorPath(path: string, operation: RootOperation): string {
  if (operation === 'insert') return `${path}.args.objects`;
  if (operation === 'insertOne') return `${path}.args.object`;
  return '$';
}

/** Prefixes the paths compilers report relative to the field (`$.args...`) with the field's own path. */
function locate(error: HasuraError, fieldPath: string): HasuraError {
  if (!error.path.startsWith('$.args')) return error;
  return new HasuraError(error.code, error.message, `${fieldPath}${error.path.slice(1)}`, error.status, error.internal);
}
