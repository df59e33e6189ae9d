import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningService, type Sandbox, type SandboxOptions, startSandbox } from '@faros-ce/sandbox';
import {
  type ConnectorRun,
  type ConnectorUnderTest,
  type configuredCatalogFrom,
  discoverCatalog,
  inProcess,
} from '@faros-ce/sdk/testing';
import { type JenkinsConfig, JenkinsSource } from '@faros-ce/source-jenkins';

/** A sandbox running the Jenkins simulator only, and a source config for it. */
export interface JenkinsSandbox {
  readonly sandbox: Sandbox;
  readonly config: JenkinsConfig;
}

/** Starts the Jenkins simulator over a seeded world. */
export async function startJenkinsSandbox(options: Omit<SandboxOptions, 'services'> = {}): Promise<JenkinsSandbox> {
  const sandbox = await startSandbox({ seed: 11, ...options, services: ['jenkins'] });
  const info = sandbox.connectionInfo().jenkins;
  if (!info) throw new Error('the sandbox did not start Jenkins');
  return { sandbox, config: { server_url: info.url, user: info.user, token: info.token, page_size: 25 } };
}

/** A Jenkins sandbox, the source run in process, and its whole catalog read incrementally where it can be. */
export interface JenkinsSync extends JenkinsSandbox {
  readonly subject: ConnectorUnderTest;
  readonly catalog: ReturnType<typeof configuredCatalogFrom>;
  readonly jenkins: RunningService;
}

/** Starts the Jenkins sandbox and discovers the source's catalog (incremental, full refresh where not offered). */
export async function startJenkinsSync(options: Omit<SandboxOptions, 'services'> = {}): Promise<JenkinsSync> {
  const { sandbox, config } = await startJenkinsSandbox(options);
  const subject = inProcess(new JenkinsSource());
  const catalog = await discoverCatalog(subject, config, {
    syncMode: 'incremental',
    fallbackToFullRefresh: true,
  });
  return { sandbox, config, subject, catalog, jenkins: sandbox.service('jenkins') };
}

/** Sees each request the proxy receives first; returns true when it answered the request itself. */
export type JenkinsIntercept = (target: URL, res: ServerResponse) => boolean;

/** An HTTP proxy on 127.0.0.1 in front of the sandbox's Jenkins. */
export interface JenkinsProxy {
  /** The proxy's root, with a trailing slash, to use as `server_url`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts a proxy that forwards every request to `serverUrl` (with its authorization, copying the
 * status, `content-type` and `x-jenkins`) unless `intercept` answered it: a way to change what the
 * source sees at one moment of a sync without a hook in the simulator.
 */
export async function startJenkinsProxy(serverUrl: string, intercept: JenkinsIntercept): Promise<JenkinsProxy> {
  const server = createServer(async (req, res) => {
    const target = new URL(req.url ?? '/', serverUrl);
    if (intercept(target, res)) return;
    const answer = await fetch(target, { headers: { authorization: req.headers.authorization ?? '' } });
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? '',
      'x-jenkins': answer.headers.get('x-jenkins') ?? '',
    });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      // The source's keep-alive connections would hold `close` open until they time out.
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** `<job>#<number>`: the world's key of a build, from a `builds` record. */
export function buildKey(data: Record<string, unknown>): string {
  return `${String(data.job)}#${String(data.number)}`;
}

/**
 * Requests a full walk of the world's folders makes, other than the root's: a folder's first page
 * lists two levels below its items, so only the non-empty folders three, six… levels down are asked
 * for (a page listed them by name only). Holds while every folder fits in one page or listing: fewer
 * than 10 items on a folder's own first page (the top level, three levels down…) and at the second
 * level below it, fewer than `nested` at the first; it checks that.
 */
export function folderRequests(world: Sandbox['world'], nested: number): number {
  const jobs = [...world.jenkins.jobs.values()];
  const itemsOf = (parent: string | null): number => jobs.filter((j) => (j.parent ?? null) === parent).length;
  if (itemsOf(null) >= 10) throw new Error(`the top level has ${itemsOf(null)} items: it is read in more requests`);
  const folders = jobs.filter((j) => !j.buildable);
  for (const folder of folders) {
    const items = itemsOf(folder.fullName);
    const fits = folder.fullName.split('/').length % 3 === 1 ? nested : 10;
    if (items >= fits) throw new Error(`${folder.fullName} has ${items} items: it is read on in more requests`);
  }
  return folders.filter((f) => f.fullName.split('/').length % 3 === 0 && itemsOf(f.fullName) > 0).length;
}

/**
 * The jobs whose builds a sync asks for, given the `builds` state it starts from: those with a build
 * at or past their cursor whose newest `recent` builds (as the walk's folder pages list them) do not
 * reach down to the cursor (or, with no cursor, to build 1). The others cost no builds request.
 */
export function jobsReadingBuilds(
  world: Sandbox['world'],
  state: Readonly<Record<string, { number?: number }>>,
  recent: number,
): Set<string> {
  const asked = new Set<string>();
  for (const job of world.jenkins.jobs.values()) {
    if (!job.buildable) continue;
    const numbers = world.jenkins.builds
      .group(job.fullName)
      .map((b) => b.number)
      .sort((a, b) => b - a);
    const cursor = state[job.fullName]?.number;
    if (numbers.length === 0 || (cursor !== undefined && (numbers[0] ?? 0) < cursor)) continue;
    const listed = numbers.slice(0, recent);
    if (listed.length === recent && (listed.at(-1) ?? 0) > (cursor ?? 1)) asked.add(job.fullName);
  }
  return asked;
}

/** The `builds` stream's last state of a run: each job's cursor (`{"<job>": {"number": n}}`). */
export function buildsStateOf(run: ConnectorRun): Record<string, { number?: number }> {
  const state = run.lastStates().find((s) => s.stream?.stream_descriptor.name === 'builds')?.stream?.stream_state;
  return (state ?? {}) as Record<string, { number?: number }>;
}
