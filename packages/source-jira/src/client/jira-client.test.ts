import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ConnectorContext, SecretMasker } from '@faros-ce/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import type { JiraConfig } from '../generated/config.js';
import { connectJira } from './jira-client.js';

type Answers = Record<string, unknown>;
let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A site answering `answers` by path (404 otherwise); returns its URL and the paths asked, in order. */
async function site(answers: Answers): Promise<{ url: string; asked: string[] }> {
  const asked: string[] = [];
  const started = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    asked.push(path);
    const body = answers[path];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { errorMessages: ['Not found'] }));
  });
  server = started;
  await new Promise<void>((done) => started.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(started.address() as AddressInfo).port}`, asked };
}

const quiet: ConnectorContext = {
  masker: new SecretMasker(),
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};
const config = (url: string): JiraConfig =>
  ({ domain: url, email: 'a@b.c', api_token: 't', deployment: 'auto' }) as unknown as JiraConfig;

describe('connectJira with deployment auto', () => {
  it('Cloud: one v3 myself gives the flavor and the JQL time zone', async () => {
    const { url, asked } = await site({ '/rest/api/3/myself': { accountId: '5b10', timeZone: 'Europe/Berlin' } });
    const client = await connectJira(config(url), quiet);
    expect(client.flavor).toBe('cloud');
    expect(await client.timeZone()).toBe('Europe/Berlin');
    expect(asked).toEqual(['/rest/api/3/myself']);
  });

  it('Data Center: no v3 (404), so v2 myself, with its zone', async () => {
    const { url, asked } = await site({
      '/rest/api/2/myself': { key: 'JIRAUSER1', name: 'ana', timeZone: 'Asia/Tokyo' },
    });
    const client = await connectJira(config(url), quiet);
    expect(client.flavor).toBe('data_center');
    expect(await client.timeZone()).toBe('Asia/Tokyo');
    expect(asked).toEqual(['/rest/api/3/myself', '/rest/api/2/myself']);
  });

  it('a v3 answer without accountId: serverInfo.deploymentType decides', async () => {
    const { url, asked } = await site({
      '/rest/api/3/myself': { key: 'JIRAUSER1', timeZone: 'UTC' },
      '/rest/api/3/serverInfo': { deploymentType: 'Server' },
      '/rest/api/2/myself': { key: 'JIRAUSER1', timeZone: 'America/Lima' },
    });
    const client = await connectJira(config(url), quiet);
    expect(client.flavor).toBe('data_center');
    // The zone comes from the flavor's own API.
    expect(await client.timeZone()).toBe('America/Lima');
    expect(asked).toEqual(['/rest/api/3/myself', '/rest/api/3/serverInfo', '/rest/api/2/myself']);
  });
});
