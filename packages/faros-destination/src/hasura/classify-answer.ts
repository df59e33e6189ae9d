import type { RawAnswer } from './hasura-client.js';

/** A GraphQL answer as Hasura writes it. */
export interface GraphqlAnswer {
  readonly data?: Record<string, unknown>;
  readonly errors?: readonly {
    readonly message: string;
    readonly extensions?: { readonly code?: string; readonly path?: string };
  }[];
}

/** What an answer means for the writer. */
export type Verdict =
  | { readonly kind: 'ok' }
  /** Retry later: connection trouble, 5xx, 429, 408, Hasura's `unexpected` database errors. */
  | { readonly kind: 'transient'; readonly message: string }
  /** The admin secret was refused. */
  | { readonly kind: 'auth'; readonly message: string }
  /** A row's value was refused (the whole request rolled back): isolate the bad rows. */
  | { readonly kind: 'data'; readonly code: string; readonly message: string }
  /** Anything else: a bug on one side or the other. */
  | { readonly kind: 'fatal'; readonly message: string };

// Postgres refused a value or a key (Hasura's codes); a variable of the wrong type is refused before it.
const DATA_CODES: ReadonlySet<string> = new Set(['constraint-violation', 'data-exception', 'bad-request']);

/** Classifies an answer of `/v1/graphql`, `/v1/metadata` or `/healthz`. */
export function classifyAnswer(answer: RawAnswer): Verdict {
  const { status } = answer;
  if (status === 408 || status === 429 || status >= 500) {
    return { kind: 'transient', message: `HTTP ${status}${excerpt(answer.text)}` };
  }
  const body = answer.body as (GraphqlAnswer & { code?: string; error?: string }) | undefined;
  const error = body?.errors?.[0];
  const code = error?.extensions?.code ?? body?.code;
  const message = error?.message ?? body?.error ?? `HTTP ${status}${excerpt(answer.text)}`;
  if (code === 'access-denied' || status === 401 || status === 403) return { kind: 'auth', message };
  if (error === undefined && body?.code === undefined && status >= 200 && status < 300) return { kind: 'ok' };
  if (code === 'unexpected' || code === 'postgres-error') return { kind: 'transient', message: `${code}: ${message}` };
  if (code !== undefined && DATA_CODES.has(code)) return { kind: 'data', code, message };
  if (code === 'validation-failed' && (error?.extensions?.path ?? '').startsWith('$.variableValues')) {
    return { kind: 'data', code, message };
  }
  return { kind: 'fatal', message: code === undefined ? message : `${code}: ${message}` };
}

/** Hasura refused the data of a request; nothing of it was committed. */
export class HasuraDataError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HasuraDataError';
  }
}

function excerpt(text: string): string {
  const trimmed = text.trim().slice(0, 200);
  return trimmed ? `: ${trimmed}` : '';
}
