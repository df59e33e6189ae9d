import { type Sandbox, startSandbox } from '@faros-ce/sandbox';

/** A sandbox with Jenkins and Faros CE, and the text of a connection syncing one into the other. */
export interface JenkinsToFaros {
  readonly sandbox: Sandbox;
  /** The connection file's text; `${JENKINS_TOKEN}` and `${HASURA_SECRET}` come from `env`. */
  readonly text: string;
  readonly env: Record<string, string>;
}

/** Starts the sandbox's Jenkins and Faros CE and writes a connection between them. */
export async function startJenkinsToFaros(
  name = 'jenkins-ce',
  seed = 5,
  destinationConfig: Readonly<Record<string, number | string>> = {},
): Promise<JenkinsToFaros> {
  const sandbox = await startSandbox({ seed, scale: 'small', services: ['jenkins', 'farosCe'] });
  const info = sandbox.connectionInfo() as {
    jenkins: { url: string; user: string; token: string };
    farosCe: { url: string; adminSecret: string };
  };
  const text = [
    `name: ${name}`,
    'source:',
    '  connector: jenkins',
    '  config:',
    `    server_url: ${info.jenkins.url}`,
    `    user: ${info.jenkins.user}`,
    `    token: \${JENKINS_TOKEN}`,
    'destination:',
    '  connector: faros',
    '  config:',
    '    edition_configs:',
    '      edition: community',
    `      hasura_url: ${info.farosCe.url}`,
    `      hasura_admin_secret: \${HASURA_SECRET}`,
    ...Object.entries(destinationConfig).map(([key, value]) => `    ${key}: ${value}`),
    '',
  ].join('\n');
  return { sandbox, text, env: { JENKINS_TOKEN: info.jenkins.token, HASURA_SECRET: info.farosCe.adminSecret } };
}
