import {
  type ConnectorContext,
  configError,
  createHttpClient,
  type HttpAuth,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type RetryOptions,
} from '@faros-ce/sdk';
import type { JiraConfig } from '../generated/config.js';
import { jiraClassifier, notFoundIgnored } from './jira-classifier.js';

/** The two kinds of Jira this source reads. */
export type JiraFlavor = 'cloud' | 'data_center';

/** What `GET /rest/api/{2,3}/serverInfo` tells us. */
interface ServerInfo {
  readonly deploymentType?: string;
  readonly version?: string;
}

/** What `GET /rest/api/{2,3}/myself` tells us: the API user. */
export interface JiraMyself {
  /** Cloud's user id; Data Center users have `key` and `name` instead. */
  readonly accountId?: string;
  readonly displayName?: string;
  /** The zone Jira reads JQL dates in. */
  readonly timeZone?: string;
}

/**
 * The HTTP client for one Jira site, with the flavor and the API user's time zone it needs to
 * write JQL. One per source run: the flavor and `myself` are asked once (one call for both when
 * the flavor is detected, see {@link connectJira}).
 */
export class JiraClient {
  private me: Promise<JiraMyself> | undefined;
  private zone: Promise<string> | undefined;

  constructor(
    readonly http: HttpClient,
    readonly flavor: JiraFlavor,
    readonly baseUrl: string,
    myself?: JiraMyself,
  ) {
    if (myself) this.me = Promise.resolve(myself);
  }

  /** The API user (`myself`), asked once. */
  myself(): Promise<JiraMyself> {
    this.me ??= this.get<JiraMyself>('/myself').then((r) => r.data ?? {});
    return this.me;
  }

  /** The platform REST prefix: v3 on Cloud, v2 on Data Center (which has no v3). */
  get api(): string {
    return this.flavor === 'cloud' ? '/rest/api/3' : '/rest/api/2';
  }

  /** GET on the platform API (`path` after the version prefix). */
  get<T>(path: string, request: Omit<HttpRequest, 'url'> = {}): Promise<HttpResponse<T>> {
    return this.http.request<T>({ ...request, url: `${this.api}${path}` });
  }

  /** The API user's time zone, in which Jira reads the dates written in JQL. */
  timeZone(): Promise<string> {
    this.zone ??= this.myself().then((me) => validZone(me.timeZone));
    return this.zone;
  }
}

function validZone(zone: string | undefined): string {
  if (!zone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

/** The site's base URL from `domain`: a bare domain gets https. */
export function siteUrl(domain: string): string {
  const trimmed = domain.trim().replace(/\/+$/, '');
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** The credentials for the flavor asked for (or the ones configured, when it is detected). */
export function jiraAuth(config: JiraConfig, flavor: JiraFlavor | 'auto'): HttpAuth {
  const basic = config.email && config.api_token;
  const pat = config.personal_access_token;
  if (flavor !== 'data_center' && basic) {
    return { type: 'basic', username: config.email as string, password: config.api_token as string };
  }
  if (flavor !== 'cloud' && pat) return { type: 'bearer', token: pat };
  const wanted =
    flavor === 'cloud'
      ? 'email and api_token (Jira Cloud)'
      : flavor === 'data_center'
        ? 'personal_access_token (Jira Data Center)'
        : 'email and api_token (Jira Cloud) or personal_access_token (Jira Data Center)';
  throw configError(`Missing credentials: set ${wanted}.`);
}

/** Options of {@link connectJira}. */
export interface ConnectOptions {
  /** Retry limits over the SDK's defaults (e.g. fewer retries in `check`, short backoffs in tests). */
  readonly retry?: RetryOptions;
}

/**
 * Builds the client: credentials, retries with Jira's rate-limit headers, and the flavor: as
 * configured, or detected with the call that also gives the API user's time zone (`myself`):
 * Cloud answers v3 with the user's `accountId` (Cloud's user id, on every Cloud user); Data Center
 * has no v3 (404) and then answers v2. An answer that fits neither asks `serverInfo.deploymentType`
 * (`Cloud`, else Data Center/Server), as the only signal Atlassian documents for it.
 */
export async function connectJira(
  config: JiraConfig,
  ctx: ConnectorContext,
  options: ConnectOptions = {},
): Promise<JiraClient> {
  const baseUrl = siteUrl(config.domain);
  const http = createHttpClient({
    baseUrl,
    auth: jiraAuth(config, config.deployment),
    headers: { Accept: 'application/json' },
    userAgent: 'faros-ce-source-jira',
    classify: jiraClassifier,
    masker: ctx.masker,
    logger: ctx,
    ...(options.retry ? { retry: options.retry } : {}),
  });
  if (config.deployment === 'cloud') return new JiraClient(http, 'cloud', baseUrl);
  if (config.deployment === 'data_center') return new JiraClient(http, 'data_center', baseUrl);
  const me = await http.get<JiraMyself>('/rest/api/3/myself', { classify: notFoundIgnored });
  if (me.ignored) {
    const v2 = await http.get<JiraMyself>('/rest/api/2/myself');
    return new JiraClient(http, 'data_center', baseUrl, v2.data ?? {});
  }
  if (typeof me.data?.accountId === 'string') return new JiraClient(http, 'cloud', baseUrl, me.data);
  const info = await http.get<ServerInfo>('/rest/api/3/serverInfo');
  const flavor: JiraFlavor = info.data?.deploymentType === 'Cloud' ? 'cloud' : 'data_center';
  return new JiraClient(http, flavor, baseUrl, flavor === 'cloud' ? me.data : undefined);
}
