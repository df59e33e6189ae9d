import type { ConnectionInfo } from '@faros-ce/sandbox';

/** The demo's sources, in the order it syncs them. */
export const DEMO_SOURCES = ['github', 'jira', 'jenkins'] as const;
export type DemoSource = (typeof DEMO_SOURCES)[number];

/** The sandbox service each demo source reads (its API calls are counted there). */
export const DEMO_SERVICE: Readonly<Record<DemoSource, 'github' | 'jira' | 'jenkins'>> = {
  github: 'github',
  jira: 'jira',
  jenkins: 'jenkins',
};

/**
 * The text of the demo's connection for one source (JSON, which the connection loader reads as
 * YAML): the sandbox's simulator into the local Faros CE through the Faros destination. The
 * connection is named after the source, so that is the origin of its rows. Every stream the source
 * discovers is synced, incrementally where it can be.
 */
export function demoConnectionText(source: DemoSource, info: ConnectionInfo, githubOrgs: readonly string[]): string {
  const ce = info.farosCe;
  if (!ce) throw new Error('the sandbox runs no Faros CE');
  const destination = {
    connector: 'faros',
    config: { edition_configs: { edition: 'community', hasura_url: ce.url, hasura_admin_secret: ce.adminSecret } },
  };
  return JSON.stringify({
    name: source,
    source: { connector: source, config: sourceConfig(source, info, githubOrgs) },
    destination,
  });
}

function sourceConfig(
  source: DemoSource,
  info: ConnectionInfo,
  githubOrgs: readonly string[],
): Record<string, unknown> {
  switch (source) {
    case 'github': {
      const gh = required(info.github, 'GitHub');
      return {
        credentials: { option_title: 'PAT Credentials', personal_access_token: gh.token },
        repositories: githubOrgs.map((org) => `${org}/*`),
        api_url: gh.url,
      };
    }
    case 'jira': {
      const jira = required(info.jira, 'Jira');
      return { domain: jira.url, email: jira.email, api_token: jira.token };
    }
    case 'jenkins': {
      const jenkins = required(info.jenkins, 'Jenkins');
      return { server_url: jenkins.url, user: jenkins.user, token: jenkins.token };
    }
  }
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`the sandbox runs no ${name} simulator`);
  return value;
}
