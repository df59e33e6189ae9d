import { inspect } from 'node:util';
import { AxiosError } from 'axios';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretMasker } from '../config/secret-masker.js';
import { AirbyteError, stackOf } from '../errors/airbyte-error.js';
import { createHttpClient } from './http-client.js';
import { json, startTestServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// The server echoes what it received, as careless APIs do, so any leak would reach the message.
async function echoServer(status: number): Promise<TestServer> {
  server = await startTestServer((req, res) =>
    json(res, status, { error: 'nope', url: req.url, authorization: req.headers.authorization ?? null }),
  );
  return server;
}

async function failure(promise: Promise<unknown>): Promise<AirbyteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AirbyteError);
  expect(error).not.toBeInstanceOf(AxiosError);
  return error as AirbyteError;
}

/** Everything an error exposes: message, internal message, stack (with causes), and a deep inspection. */
function exposed(error: AirbyteError): string {
  return [error.message, error.internalMessage, error.stack, stackOf(error), inspect(error, { depth: 10 })].join('\n');
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('secrets never appear in errors or logs', () => {
  it('masks a bearer token echoed in the body, in errors and in retry log lines', async () => {
    const s = await echoServer(500);
    const token = 'ghp_BearerSecret0123456789';
    const logs: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (m: string) => logs.push(m), error: () => {} };
    const http = createHttpClient({
      baseUrl: s.url,
      auth: { type: 'bearer', token },
      logger,
      sleep: async () => {},
      retry: { maxRetries: 1 },
    });
    const error = await failure(http.get('/repos'));
    expect(s.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
    expect(error.message).toMatch(/"authorization":"(Bearer )?\*\*\*\*"/);
    expect(exposed(error)).not.toContain(token);
    expect(logs).toHaveLength(1);
    expect(logs.join('\n')).not.toContain(token);
  });

  it('masks basic auth credentials and their base64 form', async () => {
    const s = await echoServer(401);
    const password = 'jira-api-token-ABCDEF';
    const http = createHttpClient({ baseUrl: s.url, auth: { type: 'basic', username: 'me@example.com', password } });
    const error = await failure(http.get('/rest/api/3/myself'));
    expect(error.failureType).toBe('config_error');
    const text = exposed(error);
    expect(text).not.toContain(password);
    expect(text).not.toContain(b64(`me@example.com:${password}`));
  });

  it('strips user:token@ from the URL and masks the token wherever it is echoed', async () => {
    const s = await echoServer(503);
    const token = 'urlTokenSecret-987654';
    const http = createHttpClient({ sleep: async () => {}, retry: { maxRetries: 1 } });
    const error = await failure(http.get(`http://bot:${token}@127.0.0.1:${s.port}/job/api/json`));
    // axios turned the URL credentials into a basic auth header, which the server echoed.
    expect(s.requests[0]?.headers.authorization).toBe(`Basic ${b64(`bot:${token}`)}`);
    expect(error.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/job\/api\/json failed after 2 attempts/);
    const text = exposed(error);
    expect(text).not.toContain(token);
    expect(text).not.toContain(b64(`bot:${token}`));
    expect(text).not.toContain('bot:');
  });

  it('masks secret-looking query parameters, in params and in the URL', async () => {
    const s = await echoServer(404);
    const paramToken = 'paramSecret-111222';
    const urlKey = 'urlKeySecret-333444';
    const http = createHttpClient({ baseUrl: s.url });
    const error = await failure(
      http.get(`/search?api_key=${urlKey}&q=open`, { params: { access_token: paramToken, author: 'octocat' } }),
    );
    expect(error.message).toContain('api_key=****&q=open&access_token=****&author=octocat');
    const text = exposed(error);
    expect(text).not.toContain(paramToken);
    expect(text).not.toContain(urlKey);
  });

  it('masks a query-string auth key and an API key header', async () => {
    const s = await echoServer(400);
    const key = 'queryAuthKey-555666';
    const header = 'headerApiKey-777888';
    const http = createHttpClient({
      baseUrl: s.url,
      auth: { type: 'query', name: 'key', value: key },
      headers: { 'X-API-Key': header },
    });
    const error = await failure(http.get('/x'));
    expect(s.requests[0]?.url).toBe(`/x?key=${key}`);
    expect(s.requests[0]?.headers['x-api-key']).toBe(header);
    expect(exposed(error)).not.toContain(key);
    expect(exposed(error)).not.toContain(header);
  });

  it('registers its secrets in a shared masker', () => {
    const masker = new SecretMasker();
    createHttpClient({ masker, auth: { type: 'bearer', token: 'sharedToken-12345' } });
    expect(masker.mask('token sharedToken-12345')).toBe('token ****');
  });

  it('masks a token in the URL of a connection error', async () => {
    const closed = await startTestServer(() => {});
    await closed.close();
    const token = 'refusedToken-424242';
    const http = createHttpClient({ sleep: async () => {}, retry: { maxRetries: 0 } });
    const error = await failure(http.get(`http://u:${token}@127.0.0.1:${closed.port}/x?token=${token}`));
    expect(error.failureType).toBe('transient_error');
    expect(exposed(error)).not.toContain(token);
  });
});
