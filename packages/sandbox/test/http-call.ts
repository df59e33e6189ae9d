import { request } from 'node:http';

/** An HTTP answer as tests look at it. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** What a test request observed: an answer, or a connection error code (`ECONNRESET`, `ECONNREFUSED`). */
export type Observed = HttpAnswer | { readonly error: string };

/** One request on a fresh connection (no keep-alive), so each sees the server as it is now. */
export function httpCall(
  url: string,
  options: { method?: string; body?: unknown; headers?: Readonly<Record<string, string>> } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(url, { method: options.method ?? 'GET', agent: false, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    if (payload !== undefined) req.setHeader('content-type', 'application/json');
    req.end(payload);
  });
}

/** Like {@link httpCall}, but a connection error becomes `{error: code}`. */
export async function observe(url: string, options: { method?: string; body?: unknown } = {}): Promise<Observed> {
  try {
    return await httpCall(url, options);
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

/** A short label of an observation: the status, or the error code. */
export const label = (observed: Observed): string => ('error' in observed ? observed.error : String(observed.status));
