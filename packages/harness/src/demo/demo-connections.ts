import { defaultRegistry } from '@faros-ce/faros-destination';
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
 * The streams of `source` the Faros destination converts. The demo syncs those only, as a Faros CE
 * connection would: a stream the destination has no converter for (GitHub's issue `comments`; Jira's
 * issue comments, worklogs and changelogs, issue types, priorities, resolutions and labels: Faros CE
 * has no model for them) would cost API calls for records the destination skips.
 */
export function demoStreams(source: DemoSource): string[] {
  return defaultRegistry()
    .all()
    .filter((converter) => converter.source === source)
    .map((converter) => converter.stream);
}

/**
 * The text of the demo's connection for one source (JSON, which the connection loader reads as
 * YAML): the sandbox's simulator into the local Faros CE through the Faros destination. The
 * connection is named after the source, so that is the origin of its rows. The streams are
 * {@link demoStreams}, synced incrementally where they can be.
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
    streams: demoStreams(source),
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
