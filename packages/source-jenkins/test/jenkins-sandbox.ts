import { type Sandbox, type SandboxOptions, startSandbox } from '@faros-ce/sandbox';
import type { JenkinsConfig } from '@faros-ce/source-jenkins';

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

/** `<job>#<number>`: the world's key of a build, from a `builds` record. */
export function buildKey(data: Record<string, unknown>): string {
  return `${String(data.job)}#${String(data.number)}`;
}
