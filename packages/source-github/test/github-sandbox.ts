import { type FaultSpec, type Sandbox, startSandbox } from '@faros-ce/sandbox';
import type { GithubConfig } from '@faros-ce/source-github';

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
