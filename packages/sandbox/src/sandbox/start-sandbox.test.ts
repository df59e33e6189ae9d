import { afterEach, describe, expect, it } from 'vitest';
import { httpCall, observe } from '../../test/http-call.js';
import type { SandboxServiceName } from './connection-info.js';
import type { AnySandboxServiceDefinition, SandboxServiceContext } from './sandbox-service-definition.js';
import { type Sandbox, startSandbox } from './start-sandbox.js';

const events: string[] = [];
const contexts = new Map<string, SandboxServiceContext>();

function fakeService(name: 'github' | 'jenkins', failStart = false): AnySandboxServiceDefinition {
  const definition = {
    name,
    rateLimitStyle: 'generic' as const,
    async start(context: SandboxServiceContext) {
      contexts.set(name, context);
      events.push(`start ${name}`);
      if (failStart) throw new Error(`${name} cannot start`);
      const token = context.credential(`${name}.token`);
      return {
        handler: (_req: unknown, res: import('node:http').ServerResponse) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end(name);
        },
        connection: (url: string) => ({ url, token, user: 'admin' }),
        close: async () => {
          events.push(`close ${name}`);
        },
      };
    },
  };
  return definition as AnySandboxServiceDefinition;
}

const registry = [fakeService('jenkins'), fakeService('github')];
const sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((sandbox) => sandbox.close()));
  events.length = 0;
  contexts.clear();
});

async function start(options: Parameters<typeof startSandbox>[0] = {}): Promise<Sandbox> {
  const sandbox = await startSandbox({ registry, ...options });
  sandboxes.push(sandbox);
  return sandbox;
}

describe('startSandbox', () => {
  it('starts every registered service on its own free port and lists them in connection order', async () => {
    const sandbox = await start({ seed: 5, dataDir: '/tmp/sandbox-data' });
    const info = sandbox.connectionInfo();
    expect(Object.keys(info)).toEqual(['github', 'jenkins']);
    expect(info.github?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.github?.url).not.toBe(info.jenkins?.url);
    expect(info.github?.token).toMatch(/^[0-9a-f]{32}$/);
    expect((await httpCall(info.github?.url ?? '')).body).toBe('github');
    expect((await httpCall(info.jenkins?.url ?? '')).body).toBe('jenkins');

    expect(contexts.get('github')).toMatchObject({
      seed: 5,
      dataDir: '/tmp/sandbox-data/github',
      world: sandbox.world,
    });
    expect(sandbox.service('github').url).toBe(info.github?.url);
    expect(() => sandbox.farosCe).toThrow(/farosCe isn't running in this sandbox \(running: github, jenkins\)/);
  });

  it('listens on the ports asked for, so a restarted sandbox keeps its URLs', async () => {
    const first = await start();
    const port = Number(new URL(first.connectionInfo().jenkins?.url ?? '').port);
    await first.close();
    const again = await start({ ports: { jenkins: port } });
    expect(again.connectionInfo().jenkins?.url).toBe(`http://127.0.0.1:${port}`);
    expect((await httpCall(again.connectionInfo().jenkins?.url ?? '')).body).toBe('jenkins');
    expect(again.connectionInfo().github?.url).not.toBe(`http://127.0.0.1:${port}`);
  });

  it('starts again with the credentials it gave, so a restarted sandbox accepts the same tokens', async () => {
    const first = await start();
    const tokens = first.credentials();
    expect(Object.keys(tokens).sort()).toEqual(['github.token', 'jenkins.token']);
    expect(tokens['github.token']).toBe(first.connectionInfo().github?.token);
    await first.close();
    const again = await start({ credentials: { 'jenkins.token': tokens['jenkins.token'] ?? '' } });
    expect(again.connectionInfo().jenkins?.token).toBe(tokens['jenkins.token']);
    // Labels not given get fresh random tokens.
    expect(again.connectionInfo().github?.token).toMatch(/^[0-9a-f]{32}$/);
    expect(again.connectionInfo().github?.token).not.toBe(tokens['github.token']);
  });

  it('starts only the services asked for', async () => {
    const sandbox = await start({ services: ['jenkins'] });
    expect(Object.keys(sandbox.connectionInfo())).toEqual(['jenkins']);
    expect(() => sandbox.service('github')).toThrow(/github isn't running/);
  });

  it('gives each service its fault profile', async () => {
    const sandbox = await start({ faults: { github: 'down' } });
    expect(await observe(sandbox.service('github').url)).toEqual({ error: 'ECONNREFUSED' });
    expect((await httpCall(sandbox.service('jenkins').url)).status).toBe(200);
    expect(sandbox.service('jenkins').faults().profile).toBe('none');

    const all = await start({ faults: 'slow' });
    expect(Object.values(all.services).map((service) => service?.faults().profile)).toEqual(['slow', 'slow']);
  });

  it('shares one world: an advance through one service shows in the truth of every service', async () => {
    const sandbox = await start({ seed: 3 });
    const before = sandbox.world.truth();
    const advance = await httpCall(`${sandbox.service('github').url}/_sandbox/advance`, {
      method: 'POST',
      body: { steps: 2 },
    });
    expect(JSON.parse(advance.body)).toMatchObject({ steps: 2 });
    const truth = JSON.parse((await httpCall(`${sandbox.service('jenkins').url}/_sandbox/truth`)).body);
    expect(truth.now).toBeGreaterThan(before.now);
    expect(truth).toEqual(JSON.parse(JSON.stringify(sandbox.world.truth())));
  });

  it('rejects unknown services and faults for services it does not run, before starting anything', async () => {
    await expect(start({ services: ['jira' as SandboxServiceName] })).rejects.toThrow(
      /unknown sandbox service "jira" \(available: jenkins, github\)/,
    );
    await expect(start({ services: ['github'], faults: { jenkins: 'flaky' } })).rejects.toThrow(
      /"jenkins", which this sandbox doesn't run/,
    );
    await expect(start({ faults: 'bogus' as 'none' })).rejects.toThrow(/unknown fault profile/);
    await expect(start({ seed: -1 })).rejects.toThrow(/non-negative integer/);
    expect(events).toEqual([]);
  });

  it('closes the services that started when another fails, and rethrows', async () => {
    await expect(startSandbox({ registry: [fakeService('jenkins'), fakeService('github', true)] })).rejects.toThrow(
      'github cannot start',
    );
    expect(events).toContain('close jenkins');
  });

  it('close() stops listening and frees every service, once', async () => {
    const sandbox = await startSandbox({ registry });
    const { url } = sandbox.service('github');
    const first = sandbox.close();
    expect(sandbox.close()).toBe(first);
    await first;
    expect(await observe(url)).toEqual({ error: 'ECONNREFUSED' });
    expect(events.filter((event) => event.startsWith('close')).sort()).toEqual(['close github', 'close jenkins']);
  });
});
