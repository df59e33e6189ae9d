import { request } from 'node:http';
import type { Sandbox } from '../src/sandbox/start-sandbox.js';

/** A Jenkins answer as the tests look at it. */
export interface JenkinsAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** Where a Jenkins listens and who calls it; `auth: null` calls anonymously. */
export interface JenkinsCaller {
  readonly url: string;
  readonly auth: { readonly user: string; readonly token: string } | null;
}

/** The sandbox's Jenkins, called as its user. */
export function callerOf(sandbox: Sandbox): JenkinsCaller {
  const info = sandbox.connectionInfo().jenkins;
  if (!info) throw new Error('the sandbox runs no Jenkins');
  return { url: info.url, auth: { user: info.user, token: info.token } };
}

/** GETs a path (with its query) from Jenkins. */
export async function jenkinsGet(caller: JenkinsCaller, path: string, method = 'GET'): Promise<JenkinsAnswer> {
  const headers: Record<string, string> = {};
  if (caller.auth) {
    headers.authorization = `Basic ${Buffer.from(`${caller.auth.user}:${caller.auth.token}`).toString('base64')}`;
  }
  const response = await fetch(`${caller.url}${path}`, { method, headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** GETs a path and parses the JSON answer; throws unless it is a 200. */
export async function jenkinsJson<T = Record<string, unknown>>(caller: JenkinsCaller, path: string): Promise<T> {
  const answer = await jenkinsGet(caller, path);
  if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${answer.body.slice(0, 200)}`);
  return JSON.parse(answer.body) as T;
}

/** A request on a fresh connection (no keep-alive), as the fault tests need: its status, or the connection error code. */
export function observeJenkins(
  caller: JenkinsCaller,
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (caller.auth) {
      headers.authorization = `Basic ${Buffer.from(`${caller.auth.user}:${caller.auth.token}`).toString('base64')}`;
    }
    const req = request(`${caller.url}${path}`, { method, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? String(error) }));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? String(error) }));
    req.end();
  });
}
