import {
  type CheckResult,
  type ConnectorContext,
  type ConnectorSpecification,
  createHttpClient,
  type HttpClient,
  LinkHeaderPaginator,
  type ParentSlice,
  type ReadContext,
  type SliceContext,
  Source,
  Stream,
  type StreamEstimate,
} from '@faros-ce/sdk';
import { type ExampleConfig, spec } from './spec.ts';

/** Departments: a small list, read in full every time. */
class Departments extends Stream<ExampleConfig> {
  readonly name = 'departments';
  override readonly primaryKey = [['id']];
  readonly jsonSchema = {
    type: 'object',
    additionalProperties: true,
    properties: { id: { type: 'integer' }, name: { type: 'string' } },
  };
  readonly api: HttpClient;

  constructor(api: HttpClient) {
    super();
    this.api = api;
  }

  async *read(ctx: ReadContext<ExampleConfig>): AsyncGenerator<Record<string, unknown>> {
    const response = await this.api.get<Record<string, unknown>[]>('/departments', { signal: ctx.signal });
    const rotated = response.headers['x-rotated-token'];
    if (typeof rotated === 'string' && rotated !== ctx.config.api_token) {
      // The service rotated our token: hide it in logs, and ask the platform to store it.
      this.api.masker.add(rotated);
      ctx.updateConfig({ ...ctx.config, api_token: rotated });
    }
    ctx.analytics('example-source.departments', String(response.data.length));
    yield* response.data;
  }
}

/** Employees: incremental on `updated_at`, which the API sorts by, so the runtime checkpoints mid-stream. */
class Employees extends Stream<ExampleConfig> {
  readonly name = 'employees';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['updated_at'];
  override readonly sortedByCursor = true;
  override readonly checkpointInterval: number;
  readonly jsonSchema = {
    type: 'object',
    additionalProperties: true,
    properties: {
      id: { type: 'integer' },
      name: { type: 'string' },
      email: { type: 'string' },
      department_id: { type: 'integer' },
      updated_at: { type: 'string', format: 'date-time' },
    },
  };
  readonly api: HttpClient;

  constructor(api: HttpClient, config: ExampleConfig) {
    super();
    this.api = api;
    this.checkpointInterval = config.checkpoint_every;
  }

  /** The API's total count for the same filter, asked with a one-item page. */
  override async estimate(ctx: SliceContext<ExampleConfig>): Promise<StreamEstimate | undefined> {
    const since = ctx.savedCursor();
    const params: Record<string, string | number> = { per_page: 1 };
    if (typeof since === 'string') params.updated_since = since;
    const response = await this.api.get('/employees', { params, signal: ctx.signal });
    const total = Number(response.headers['x-total-count']);
    return Number.isFinite(total) ? { rows: total } : undefined;
  }

  read(ctx: ReadContext<ExampleConfig>): AsyncGenerator<Record<string, unknown>> {
    const params: Record<string, string | number> = { per_page: ctx.config.page_size };
    if (typeof ctx.bookmark === 'string') params.updated_since = ctx.bookmark;
    return this.api.items({ url: '/employees', params, signal: ctx.signal }, { paginator: new LinkHeaderPaginator() });
  }
}

/** Notes: a sub-stream, one slice per department, each with its own cursor; slices run concurrently. */
class Notes extends Stream<ExampleConfig, ParentSlice> {
  readonly name = 'notes';
  override readonly primaryKey = [['id']];
  override readonly cursorField = ['created_at'];
  override readonly parent: Stream<ExampleConfig>;
  readonly jsonSchema = {
    type: 'object',
    additionalProperties: true,
    properties: {
      id: { type: 'integer' },
      department_id: { type: 'integer' },
      text: { type: 'string' },
      created_at: { type: 'string', format: 'date-time' },
    },
  };
  readonly api: HttpClient;

  constructor(api: HttpClient, parent: Stream<ExampleConfig>) {
    super();
    this.api = api;
    this.parent = parent;
  }

  read(ctx: ReadContext<ExampleConfig, ParentSlice>): AsyncGenerator<Record<string, unknown>> {
    const params: Record<string, string | number> = { per_page: ctx.config.page_size };
    if (typeof ctx.bookmark === 'string') params.created_since = ctx.bookmark;
    const url = `/departments/${String(ctx.slice.parent.id)}/notes`;
    return this.api.items({ url, params, signal: ctx.signal }, { paginator: new LinkHeaderPaginator() });
  }
}

/**
 * The example source: three streams over a small HTTP API — a full-refresh list, an incremental
 * stream sorted by its cursor, and a per-parent sub-stream read concurrently.
 */
export class ExampleSource extends Source<ExampleConfig> {
  readonly name = 'example-http-source';
  override readonly version = '0.1.0';

  spec(): ConnectorSpecification {
    return spec;
  }

  async check(config: ExampleConfig, ctx: ConnectorContext): Promise<CheckResult> {
    const me = await this.client(config, ctx).get<{ login?: string }>('/me');
    ctx.info(`Connected as ${me.data.login ?? 'unknown'}`);
    return { succeeded: true };
  }

  streams(config: ExampleConfig, ctx: ConnectorContext): Stream<ExampleConfig>[] {
    const api = this.client(config, ctx);
    const departments = new Departments(api);
    return [departments, new Employees(api, config), new Notes(api, departments)];
  }

  override concurrency(config: ExampleConfig): number {
    return config.concurrency;
  }

  private client(config: ExampleConfig, ctx: ConnectorContext): HttpClient {
    return createHttpClient({
      baseUrl: config.api_url,
      auth: { type: 'bearer', token: config.api_token },
      masker: ctx.masker,
      logger: ctx,
      retry: { maxRetries: 4, baseDelayMs: 50, maxDelayMs: 2_000 },
    });
  }
}
