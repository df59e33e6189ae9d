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

/**
 * Requests a full walk of the world's folders makes, other than the root's: every page lists the
 * first items of the subfolders on it, so only folders two, four… levels down are asked for (their
 * parent's page listed them by name only). Holds for folders of fewer items than a page lists
 * (`nested`, 20 at most), which it checks.
 */
export function folderRequests(world: Sandbox['world'], nested: number): number {
  const folders = [...world.jenkins.jobs.values()].filter((j) => !j.buildable);
  for (const folder of folders) {
    const items = [...world.jenkins.jobs.values()].filter((j) => j.parent === folder.fullName).length;
    if (items >= nested) throw new Error(`${folder.fullName} has ${items} items: it is read on in more requests`);
  }
  return folders.filter((f) => f.fullName.split('/').length % 2 === 0).length;
}
