import { type FaultSpec, type Sandbox, startSandbox } from '@faros-ce/sandbox';
import type { Logger } from '@faros-ce/sdk';
import type { GithubConfig } from '@faros-ce/source-github';
import { apiUrlOf, createGithubClient } from '../src/client/github-client.js';
import { ChangeProbe } from '../src/probe/change-probe.js';
import type { RepositoryResolver, SelectedRepository } from '../src/repos/repository-resolver.js';
import type { GithubContext } from '../src/streams/github-context.js';
import { selectedRepository } from './selected-repository.js';

/** A GitHub-only sandbox and a token config reading every repository of its organisations. */
export interface GithubSandbox {
  readonly sandbox: Sandbox;
  readonly config: GithubConfig;
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

/** The connection line's GitHub part. */
interface GithubConnection {
  url: string;
  token: string;
  app: { appId: number; installationId: number; privateKey: string };
}

/** Starts the sandbox's GitHub simulator (small world unless told) with a config for every organisation. */
export async function startGithubSandbox(
  options: { seed?: number; scale?: 'small' | 'medium' | 'large'; faults?: FaultSpec } = {},
): Promise<GithubSandbox & { connection: GithubConnection }> {
  const sandbox = await startSandbox({
    seed: options.seed ?? 1,
    scale: options.scale ?? 'small',
    services: ['github'],
    ...(options.faults ? { faults: { github: options.faults } } : {}),
  });
  const connection = (sandbox.connectionInfo() as { github: GithubConnection }).github;
  const orgs = sandbox.world.truth().github.organizations.keys;
  const config: GithubConfig = {
    credentials: { option_title: 'PAT Credentials', personal_access_token: connection.token },
    repositories: orgs.map((org) => `${org}/*`) as [string, ...string[]],
    api_url: connection.url,
    page_size: 100,
    concurrency: 4,
  };
  return { sandbox, config, url: connection.url, token: connection.token, connection, close: () => sandbox.close() };
}

/** A hand-built stream context whose selection names a repository the simulator does not have. */
export interface VanishedRepositoryContext {
  readonly context: GithubContext;
  /** The sandbox's first two repositories with `<owner>/vanished` between them, as the resolver returns them. */
  readonly repositories: readonly SelectedRepository[];
  readonly first: string;
  readonly second: string;
  /** `<owner>/vanished`, in the first repository's organisation. */
  readonly vanished: string;
  /** Every message the context's logger warned. */
  readonly warnings: string[];
}

/**
 * A context over `gh` whose resolver returns a fixed selection including a repository that vanished after
 * the selection was made (no `changes` probe: the streams under test read without one). Its logger only
 * warns (collected) and debugs (dropped), so any other log call fails the test.
 */
export function contextWithVanishedRepository(gh: GithubSandbox): VanishedRepositoryContext {
  const [first, second] = gh.sandbox.world.truth().github.repositories.keys as [string, string];
  const owner = first.split('/')[0] as string;
  const vanished = `${owner}/vanished`;
  const repositories = [first, vanished, second].map(selectedRepository);
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m), debug: () => {} } as unknown as Logger;
  const config = gh.config;
  const octokit = createGithubClient(config, logger);
  const resolver = {
    resolve: async () => ({ repositories, organizations: [owner], problems: [] }),
  } as unknown as RepositoryResolver;
  const apiUrl = apiUrlOf(config);
  const changes = new ChangeProbe(octokit, resolver, apiUrl, logger);
  const context: GithubContext = { octokit, resolver, config, apiUrl, logger, changes };
  return { context, repositories, first, second, vanished, warnings };
}
