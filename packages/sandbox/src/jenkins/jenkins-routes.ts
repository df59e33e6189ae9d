import { type JenkinsTarget, parseJenkinsPath } from './jenkins-urls.js';

/** One kind of request the Jenkins simulator answers. */
export interface JenkinsRoute {
  readonly method: 'GET';
  /** The path template requests are counted under. */
  readonly template: string;
  readonly kind: JenkinsTarget['kind'] | 'permalink';
  /** What it answers. */
  readonly summary: string;
}

/** Every endpoint the simulator serves (GET and HEAD), as counted in `/_sandbox/stats`. */
export const JENKINS_ROUTES: readonly JenkinsRoute[] = [
  { method: 'GET', template: '/api/json', kind: 'root', summary: 'the controller: top-level items, views, mode' },
  {
    method: 'GET',
    template: '/crumbIssuer/api/json',
    kind: 'crumbIssuer',
    summary: 'a CSRF crumb and the header to send it in',
  },
  { method: 'GET', template: '/job/{...}/api/json', kind: 'item', summary: 'a folder, multibranch project or job' },
  { method: 'GET', template: '/job/{...}/{number}/api/json', kind: 'build', summary: 'a build by number' },
  {
    method: 'GET',
    template: '/job/{...}/{permalink}/api/json',
    kind: 'permalink',
    summary: 'a build by permalink (lastBuild, lastCompletedBuild, …)',
  },
];

/** The route a parsed path belongs to. */
export function routeOfTarget(target: JenkinsTarget): JenkinsRoute {
  const kind = target.kind === 'build' && typeof target.build === 'string' ? 'permalink' : target.kind;
  const route = JENKINS_ROUTES.find((r) => r.kind === kind);
  if (!route) throw new Error(`no Jenkins route for ${kind}`);
  return route;
}

/**
 * The endpoint a request is counted under: `GET /job/{...}/{number}/api/json` and the like for the
 * API (HEAD counted with GET), `METHOD pathname` for anything else.
 */
export function jenkinsRouteOf(method: string, pathname: string): string {
  const target = parseJenkinsPath(pathname);
  if (!target || (method !== 'GET' && method !== 'HEAD')) return `${method} ${pathname}`;
  return `GET ${routeOfTarget(target).template}`;
}
