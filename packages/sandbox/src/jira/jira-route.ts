import type { JiraFlavor, JiraView } from './jira-view.js';

/** A request as a route handler sees it. */
export interface JiraRequest {
  readonly view: JiraView;
  readonly method: string;
  readonly url: URL;
  /** Path parameters by template name (decoded). */
  readonly params: Readonly<Record<string, string>>;
  /** The JSON body of a POST (undefined otherwise). */
  readonly body: unknown;
}

/**
 * The official description an answer is checked against: `none` for dev-status, which has none;
 * `software` for the token-paged `/rest/software/1.0` listings, whose issues are checked against `path`
 * of the agile description.
 */
export interface JiraRouteSpec {
  readonly file: 'platform' | 'agile' | 'software' | 'none';
  /** The operation's path in that file (Data Center v2 routes point at the v3 operation of the same shape). */
  readonly path: string;
}

/** One endpoint of the simulators. */
export interface JiraRoute {
  readonly method: 'GET' | 'POST';
  /** Path template, `{name}` for one segment. */
  readonly path: string;
  readonly flavor: JiraFlavor;
  readonly spec: JiraRouteSpec;
  /** The answer's body; errors are thrown as `JiraError` or `JqlError`. */
  handle(request: JiraRequest): unknown;
}

/** The handler part of a route. */
export type JiraHandle = (request: JiraRequest) => unknown;

/**
 * Routes for a platform endpoint served by both flavors: `/rest/api/3<suffix>` on Cloud and
 * `/rest/api/2<suffix>` on Data Center, both checked against the v3 description's operation.
 */
export function platformRoutes(method: 'GET' | 'POST', suffix: string, handle: JiraHandle): JiraRoute[] {
  const spec: JiraRouteSpec = { file: 'platform', path: `/rest/api/3${suffix}` };
  return [
    { method, path: `/rest/api/3${suffix}`, flavor: 'cloud', spec, handle },
    { method, path: `/rest/api/2${suffix}`, flavor: 'dataCenter', spec, handle },
  ];
}

/** A platform route of one flavor only; `specSuffix` names the v3 operation when the v2 path differs. */
export function flavorRoute(
  flavor: JiraFlavor,
  method: 'GET' | 'POST',
  suffix: string,
  handle: JiraHandle,
  specSuffix = suffix,
): JiraRoute {
  const version = flavor === 'cloud' ? '3' : '2';
  return {
    method,
    path: `/rest/api/${version}${suffix}`,
    flavor,
    spec: { file: 'platform', path: `/rest/api/3${specSuffix}` },
    handle,
  };
}

/** An agile 1.0 route, the same on both flavors; `specPath` names the operation whose schema applies. */
export function agileRoutes(method: 'GET' | 'POST', path: string, handle: JiraHandle, specPath = path): JiraRoute[] {
  const spec: JiraRouteSpec = { file: 'agile', path: specPath };
  return (['cloud', 'dataCenter'] as const).map((flavor) => ({ method, path, flavor, spec, handle }));
}

/** The path parameters when `pathname` fits `template`, else undefined. */
export function matchTemplate(template: string, pathname: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith('{') && w.endsWith('}')) {
      if (g === '') return undefined;
      try {
        params[w.slice(1, -1)] = decodeURIComponent(g);
      } catch {
        return undefined;
      }
    } else if (w !== g) return undefined;
  }
  return params;
}
