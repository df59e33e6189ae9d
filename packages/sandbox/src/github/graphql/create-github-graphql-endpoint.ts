import {
  type DocumentNode,
  execute,
  type FragmentDefinitionNode,
  GraphQLError,
  getOperationAST,
  getVariableValues,
  Kind,
  parse,
  validate,
} from 'graphql';
import type { GithubRepository, World } from '../../world/index.js';
import type { GithubViewer } from '../github-viewer.js';
import { type GithubGraphqlErrorJson, toGithubErrorJson } from './github-graphql-error.js';
import { type BudgetState, DEFAULT_GRAPHQL_POINTS_PER_HOUR, GraphqlBudget } from './graphql-budget.js';
import { loadGithubSchema } from './load-github-schema.js';
import { measureQuery } from './measure-query.js';
import type { GraphqlScope } from './model/graphql-scope.js';
import { queryRoot } from './model/query-root.js';
import { readGraphqlRequest } from './read-graphql-request.js';
import { resolveGithubField } from './resolve-github-field.js';

/** One GraphQL answer: status, headers (rate limits) and body. */
export interface GithubGraphqlAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** The GraphQL endpoint (`POST /graphql`, `/api/graphql` on GHES) over the world. */
export interface GithubGraphqlEndpoint {
  /**
   * Executes one request body as `viewer`: a parsed JSON value, or the raw text or bytes of the
   * body (not JSON gives 400). Every answer carries `x-ratelimit-*` headers of the GraphQL budget.
   * `request.webUrl` overrides the endpoint's `webUrl` for this request (the server's own root).
   */
  handle(body: unknown, viewer: GithubViewer, request?: GithubGraphqlRequestOptions): Promise<GithubGraphqlAnswer>;
}

/** Per-request options of {@link GithubGraphqlEndpoint.handle}. */
export interface GithubGraphqlRequestOptions {
  /** Base of `url` fields for this request, e.g. `http://127.0.0.1:4100`. */
  readonly webUrl?: string;
}

/** Options of {@link createGithubGraphqlEndpoint}. */
export interface GithubGraphqlOptions {
  /** Points per viewer per hour (GitHub: 5,000 for users and installations). */
  readonly pointsPerHour?: number;
  /** Clock of the hourly budget windows, epoch ms; defaults to `Date.now` (rate limits run on real time). */
  readonly now?: () => number;
  /** Base of `url` fields such as `Repository.url` (the server's web root); defaults to `https://github.com`. */
  readonly webUrl?: string;
  /** Repositories the REST layer adds to the world's (the empty one): `repository(owner:, name:)` finds them too. */
  readonly extraRepositories?: readonly GithubRepository[];
}

const DOCS = 'https://docs.github.com/graphql';

/** Builds the GraphQL endpoint over `world`: GitHub's schema, limits and costs, resolved from the world's tables. */
export function createGithubGraphqlEndpoint(world: World, options: GithubGraphqlOptions = {}): GithubGraphqlEndpoint {
  const budget = new GraphqlBudget(options.pointsPerHour ?? DEFAULT_GRAPHQL_POINTS_PER_HOUR);
  const now = options.now ?? Date.now;
  const defaultWeb = options.webUrl ?? 'https://github.com';
  const histories = new Map<string, readonly string[]>();

  return {
    async handle(body, viewer, perRequest) {
      const at = now();
      const web = (perRequest?.webUrl ?? defaultWeb).replace(/\/+$/, '');
      const key = `${viewer.kind}:${viewer.login}`;
      const answer = (status: number, payload: unknown): GithubGraphqlAnswer => ({
        status,
        headers: rateLimitHeaders(budget.state(key, at)),
        body: payload,
      });
      const errors = (list: readonly GithubGraphqlErrorJson[]) => answer(200, { errors: list });

      const request = readGraphqlRequest(body);
      if ('problem' in request) return answer(400, { message: request.problem, documentation_url: DOCS });
      const schema = await loadGithubSchema();
      let document: DocumentNode;
      try {
        document = parse(request.query);
      } catch (error) {
        if (error instanceof GraphQLError) return errors([toGithubErrorJson(error)]);
        throw error;
      }
      const invalid = validate(schema, document);
      if (invalid.length > 0) return errors(invalid.map(toGithubErrorJson));
      const operation = getOperationAST(document, request.operationName);
      if (!operation) {
        const message = request.operationName
          ? `No operation named "${request.operationName}"`
          : 'An operation name is required when the document holds several operations.';
        return errors([{ message }]);
      }
      if (operation.operation !== 'query') {
        return errors([
          { type: 'FORBIDDEN', message: "The sandbox's GitHub is read-only: mutations are not supported." },
        ]);
      }
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables);
      if ('errors' in coerced && coerced.errors) return errors(coerced.errors.map(toGithubErrorJson));
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      const measure = measureQuery(schema, operation, fragments, coerced.variableValues);
      if (measure.errors.length > 0) return errors(measure.errors.map(toGithubErrorJson));
      if (!measure.dryRun && !budget.charge(key, measure.cost, at)) {
        return errors([{ type: 'RATE_LIMITED', message: `API rate limit exceeded for ${accountOf(world, viewer)}.` }]);
      }
      const state = budget.state(key, at);
      const scope: GraphqlScope = {
        world,
        viewer,
        web,
        histories,
        extraRepositories: options.extraRepositories ?? [],
        rateLimit: {
          limit: state.limit,
          cost: measure.cost,
          remaining: state.remaining,
          used: state.used,
          resetAt: state.resetAt,
          nodeCount: measure.nodeCount,
        },
      };
      const result = await execute({
        schema,
        document,
        rootValue: queryRoot(scope),
        variableValues: request.variables,
        operationName: request.operationName,
        fieldResolver: resolveGithubField,
      });
      const payload: Record<string, unknown> = { data: result.data ?? null };
      if (result.errors?.length) payload.errors = result.errors.map(toGithubErrorJson);
      return answer(200, payload);
    },
  };
}

function rateLimitHeaders(state: BudgetState): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'x-ratelimit-limit': String(state.limit),
    'x-ratelimit-remaining': String(state.remaining),
    'x-ratelimit-used': String(state.used),
    'x-ratelimit-reset': String(Math.ceil(state.resetAt / 1000)),
    'x-ratelimit-resource': 'graphql',
  };
}

/** How GitHub's RATE_LIMITED message names the account: `user ID <id>` or `installation <login>`. */
function accountOf(world: World, viewer: GithubViewer): string {
  const user = world.github.users.get(viewer.login);
  if (viewer.kind === 'token' && user) return `user ID ${user.id}`;
  return viewer.kind === 'installation' ? `installation ${viewer.login}` : `user ${viewer.login}`;
}
