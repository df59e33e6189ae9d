import type { ConnectorRun } from '@faros-ce/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleApi, exampleSourceCommand, incrementalCatalog, TOKEN } from './support/example.ts';

// The connector runs as the platform runs it: a child process, so stderr is real too.
const subject = exampleSourceCommand();
let api: Awaited<ReturnType<typeof exampleApi>>;
beforeAll(async () => {
  api = await exampleApi({ failPath: '/departments/2/notes', echoHeadersOnError: true });
});
afterAll(() => api.server.close());

function everything(run: ConnectorRun): string {
  return [JSON.stringify(run.messages), run.invalidLines.map((l) => l.text).join('\n'), run.stderr].join('\n');
}

describe('secrets never reach the output, on error paths included', () => {
  it('a secret config field, sent in the Authorization header and quoted back in an error body', async () => {
    const catalog = incrementalCatalog((await subject.discover(api.config)).catalog);
    const run = await subject.read({ ...api.config, concurrency: 1 }, catalog);
    expect(run.exitCode).toBe(1);
    const error = run.errors()[0];
    // The error quotes the body, which quotes the header: the token is masked inside it.
    expect(error?.message).toContain('"authorization":"****"');
    expect(everything(run)).not.toContain(TOKEN);
    expect(everything(run)).not.toContain(Buffer.from(TOKEN).toString('base64'));
  });

  it('credentials in a URL no spec field marks as secret', async () => {
    const url = new URL(api.server.url);
    url.username = 'robot';
    url.password = 'url-pass-4477';
    const config = { ...api.config, api_url: url.toString().replace(/\/$/, ''), concurrency: 1 };
    const catalog = incrementalCatalog((await subject.discover(config)).catalog, ['notes']);
    const run = await subject.read(config, catalog);
    expect(run.exitCode).toBe(1);
    // The URL's basic credentials replace the bearer token, so the API refuses them: an error path.
    expect(run.errors()[0]?.message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/departments failed: HTTP 401/);
    expect(everything(run)).not.toContain('url-pass-4477');
  });

  it('a secret in a config that fails validation, and in a check the service refuses', async () => {
    const invalid = await subject.check({ ...api.config, page_size: TOKEN });
    expect(invalid.connectionStatus?.status).toBe('FAILED');
    expect(everything(invalid)).not.toContain(TOKEN);
    const refused = await subject.check({ ...api.config, api_token: `${TOKEN}-wrong` });
    expect(refused.connectionStatus?.message).toMatch(/401/);
    expect(everything(refused)).not.toContain(`${TOKEN}-wrong`);
  });
});
