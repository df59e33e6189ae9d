import {
  type CheckResult,
  type ConnectorContext,
  type ConnectorSpecification,
  configError,
  createHttpClient,
  Source,
  type Stream,
} from '@faros-ce/sdk';
import { JenkinsClient } from './client/jenkins-client.js';
import { JobFilter } from './client/job-filter.js';
import { SharedWalk } from './client/shared-walk.js';
import type { JenkinsConfig } from './generated/config.js';
import type { JenkinsContext } from './jenkins-context.js';
import { connectionSpecification } from './spec.js';
import { BuildsStream } from './streams/builds-stream.js';
import { JobsStream } from './streams/jobs-stream.js';

const VERSION = '0.1.0';

/** The Jenkins source: `jobs` and `builds` from any folder depth, builds incremental per job. */
export class JenkinsSource extends Source<JenkinsConfig> {
  readonly name = 'source-jenkins';
  override readonly version = VERSION;

  spec(): ConnectorSpecification {
    return {
      documentationUrl: 'https://github.com/faros-ai/faros-ce-connectors/tree/main/packages/source-jenkins',
      connectionSpecification: structuredClone(connectionSpecification) as unknown as Record<string, unknown>,
      supportsIncremental: true,
    };
  }

  async check(config: JenkinsConfig, ctx: ConnectorContext): Promise<CheckResult> {
    const jenkins = jenkinsContext(config, ctx);
    const info = await jenkins.client.controller();
    if (info.version === undefined) {
      return { succeeded: false, message: `${jenkins.server} does not look like Jenkins (no X-Jenkins header).` };
    }
    if (!info.hasItems) {
      return {
        succeeded: false,
        message: `Jenkins ${info.version} at ${jenkins.server} shows no job to these credentials: check the user's Overall/Read and Job/Read permissions.`,
      };
    }
    return { succeeded: true };
  }

  streams(config: JenkinsConfig, ctx: ConnectorContext): Stream<JenkinsConfig>[] {
    const jenkins = jenkinsContext(config, ctx);
    return [new JobsStream(jenkins), new BuildsStream(jenkins)];
  }

  override concurrency(config: JenkinsConfig): number {
    return config.concurrency ?? 4;
  }
}

/** The client and resolved settings for a config. */
export function jenkinsContext(config: JenkinsConfig, ctx: ConnectorContext): JenkinsContext {
  const server = serverUrl(config.server_url);
  if ((config.user === undefined || config.user === '') !== (config.token === undefined || config.token === '')) {
    throw configError('Set both user and token, or neither for anonymous access.');
  }
  const http = createHttpClient({
    baseUrl: server,
    auth: config.user && config.token ? { type: 'basic', username: config.user, password: config.token } : undefined,
    userAgent: `faros-ce-source-jenkins/${VERSION}`,
    masker: ctx.masker,
    logger: ctx,
  });
  let startMs: number | undefined;
  if (config.start_date !== undefined) {
    startMs = Date.parse(config.start_date);
    if (Number.isNaN(startMs)) throw configError(`start_date: not a date: ${JSON.stringify(config.start_date)}`);
  }
  const client = new JenkinsClient(http);
  const filter = new JobFilter(config.include_jobs, config.exclude_jobs);
  const pageSize = config.page_size ?? 100;
  return {
    client,
    server,
    filter,
    depth: config.depth,
    pageSize,
    maxBuildsPerJob: config.max_builds_per_job,
    startMs,
    walk: new SharedWalk({ client, filter, depth: config.depth, pageSize }),
  };
}

/** The base URL with one trailing slash; credentials in it are refused (they would end up in logs). */
function serverUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw configError(`server_url: not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw configError('server_url: put the credentials in user and token, not in the URL.');
  }
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/*$/, '/');
}
