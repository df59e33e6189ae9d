import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { configError, type Logger, systemError, transientError } from '@faros-ce/sdk';
import { classifyAnswer, type GraphqlAnswer, HasuraDataError } from './classify-answer.js';

/** How to reach Hasura. */
export interface HasuraClientOptions {
  readonly url: string;
  readonly adminSecret?: string;
  readonly timeoutMs: number;
  /** Retries of a request that failed transiently (connection, timeout, 5xx, 429). */
  readonly maxRetries: number;
  /** First backoff; it doubles per retry, capped at 30 s, with jitter. */
  readonly retryDelayMs: number;
  /** PEM certificate(s) trusted for an https URL. */
  readonly ca?: string;
  readonly logger: Logger;
}

/** An HTTP answer: status, headers and the body parsed as JSON (undefined when it is not JSON). */
export interface RawAnswer {
  readonly status: number;
  readonly retryAfterMs: number | undefined;
  readonly body: unknown;
  readonly text: string;
}

/**
 * The Hasura endpoint: GraphQL requests and health checks with a timeout, on a keep-alive agent, retried with
 * backoff only when the failure is transient. Retrying is safe because everything the destination sends is
 * an upsert or a delete by key, and a request is one transaction. A wrong secret is a `config_error`,
 * exhausted retries a `transient_error`, a data error a {@link HasuraDataError} for the caller to isolate.
 */
export class HasuraClient {
  private readonly base: URL;
  private readonly agent: HttpAgent | HttpsAgent;
  constructor(private readonly options: HasuraClientOptions) {
    this.base = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
    this.agent =
      this.base.protocol === 'https:'
        ? new HttpsAgent({ keepAlive: true, ca: options.ca })
        : new HttpAgent({ keepAlive: true });
  }

  /** Runs a GraphQL operation; resolves to its `data`. */
  async graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const answer = await this.send('v1/graphql', JSON.stringify(variables ? { query, variables } : { query }));
    return (answer.body as GraphqlAnswer).data as T;
  }

  /** `GET /healthz`: whether Hasura answers at all (no secret needed). */
  async healthy(): Promise<void> {
    const answer = await this.withRetries('GET', 'healthz', undefined);
    if (answer.status !== 200)
      throw transientError(`Hasura at ${this.base.origin} is not healthy: HTTP ${answer.status}`);
  }

  /** Frees the sockets. */
  close(): void {
    this.agent.destroy();
  }

  private async send(path: string, body: string): Promise<RawAnswer> {
    const answer = await this.withRetries('POST', path, body);
    const verdict = classifyAnswer(answer);
    if (verdict.kind === 'ok') return answer;
    if (verdict.kind === 'auth') {
      throw configError(
        `Hasura at ${this.base.origin} refused the admin secret (hasura_admin_secret): ${verdict.message}`,
      );
    }
    if (verdict.kind === 'data') throw new HasuraDataError(verdict.code, verdict.message);
    throw systemError(`Hasura at ${this.base.origin} answered ${path} with an error: ${verdict.message}`);
  }

  // Sends until the answer is not transient or the retries are spent.
  private async withRetries(method: string, path: string, body: string | undefined): Promise<RawAnswer> {
    let lastProblem = '';
    let lastRetryAfter: number | undefined;
    for (let attempt = 0; attempt <= this.options.maxRetries; attempt++) {
      if (attempt > 0) await sleep(this.backoff(attempt, lastRetryAfter));
      lastRetryAfter = undefined;
      try {
        const answer = await this.once(method, path, body);
        const verdict = classifyAnswer(answer);
        if (verdict.kind !== 'transient') return answer;
        lastProblem = verdict.message;
        lastRetryAfter = answer.retryAfterMs;
      } catch (error) {
        lastProblem =
          error instanceof Error
            ? `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`.trim()
            : String(error);
      }
      if (attempt < this.options.maxRetries) {
        this.options.logger.warn(
          `Hasura request failed (${lastProblem}); retry ${attempt + 1} of ${this.options.maxRetries}`,
        );
      }
    }
    throw transientError(
      `Hasura at ${this.base.origin} is unreachable or failing: ${lastProblem} (after ${this.options.maxRetries + 1} attempts)`,
    );
  }

  private backoff(attempt: number, retryAfterMs: number | undefined): number {
    const exponential = Math.min(30_000, this.options.retryDelayMs * 2 ** (attempt - 1));
    const jittered = exponential * (0.75 + Math.random() * 0.5);
    return Math.max(jittered, retryAfterMs ?? 0);
  }

  private once(method: string, path: string, body: string | undefined): Promise<RawAnswer> {
    const url = new URL(path, this.base);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    if (this.options.adminSecret) headers['x-hasura-admin-secret'] = this.options.adminSecret;
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<RawAnswer>((resolve, reject) => {
      const req = send(url, { method, headers, agent: this.agent, timeout: this.options.timeoutMs }, (res) => {
        readAnswer(res).then(resolve, reject);
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }
}

async function readAnswer(res: IncomingMessage): Promise<RawAnswer> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const retryAfter = Number(res.headers['retry-after']);
  return {
    status: res.statusCode ?? 0,
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined,
    body,
    text,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
