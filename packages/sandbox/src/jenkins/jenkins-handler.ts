import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from '../service/faulting-handler.js';
import type { World } from '../world/index.js';
import { buildBean } from './build-bean.js';
import { exportJson } from './export-json.js';
import { ExportedBean, prop } from './exported-bean.js';
import { itemBean, rootBean } from './item-bean.js';
import { anonymousPage, badCredentialsPage, type HtmlPage, notFoundPage, problemPage } from './jenkins-pages.js';
import { type JenkinsTarget, parseJenkinsPath } from './jenkins-urls.js';
import { permalinkBuild } from './job-status.js';
import type { ModelContext } from './model-context.js';
import { parseTree, type TreeSpec, TreeSyntaxError } from './tree-spec.js';

/** The Jenkins version the simulator claims in `X-Jenkins`. */
export const JENKINS_VERSION = '2.504.3';

/** How to build a Jenkins handler: see {@link createJenkinsHandler}. */
export interface JenkinsHandlerOptions {
  readonly world: World;
  /** The one user, and their API token (basic auth `user:token`). */
  readonly user: string;
  readonly token: string;
  /** The root URL Jenkins is configured with (default: from each request's `Host`). */
  readonly rootUrl?: string;
  /** The git remote of a GitHub repository `owner/name` (default `https://github.com/owner/name.git`). */
  readonly remoteUrl?: (repo: string) => string;
}

const sameSecret = (a: string, b: string): boolean => {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
};

/** Who sent the request: the user, an anonymous caller, or refused credentials (with the name tried). */
function authenticate(req: IncomingMessage, options: JenkinsHandlerOptions): 'user' | 'anonymous' | { bad: string } {
  const header = req.headers.authorization ?? '';
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match) return 'anonymous';
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = colon === -1 ? decoded : decoded.slice(0, colon);
  const token = colon === -1 ? '' : decoded.slice(colon + 1);
  return user === options.user && sameSecret(token, options.token) ? 'user' : { bad: user };
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  page: HtmlPage | { status: number; json: string },
  session: string,
): void {
  const body = 'json' in page ? page.json : page.body;
  const headers: Record<string, string | string[] | number> = {
    'x-jenkins': JENKINS_VERSION,
    'x-hudson': '1.395',
    'x-jenkins-session': session,
    'x-content-type-options': 'nosniff',
    ...('json' in page ? { 'content-type': 'application/json;charset=utf-8' } : page.headers),
    'content-length': Buffer.byteLength(body),
  };
  res.writeHead(page.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The object a target designates, or undefined when there is no such item or build. */
function resolve(ctx: ModelContext, target: JenkinsTarget, crumb: string): ExportedBean | undefined {
  const { jenkins } = ctx.world;
  if (target.kind === 'root') return rootBean(ctx);
  if (target.kind === 'crumbIssuer') {
    return new ExportedBean('hudson.security.csrf.DefaultCrumbIssuer', [
      prop('crumb', crumb),
      prop('crumbRequestField', 'Jenkins-Crumb'),
    ]);
  }
  const job = jenkins.jobs.get(target.path.join('/'));
  if (!job) return undefined;
  if (target.kind === 'item') return itemBean(ctx, job);
  if (!job.buildable) return undefined;
  const builds = jenkins.builds.group(job.fullName);
  const build = typeof target.build === 'number' ? builds[target.build - 1] : permalinkBuild(builds, target.build);
  return build && (typeof target.build !== 'number' || build.number === target.build)
    ? buildBean(ctx, job, build)
    : undefined;
}

/**
 * A Jenkins controller over the world's `jenkins` tables: `/api/json` on the root, folders, jobs, builds
 * and permalinks with `tree=` (which wins), `depth=` and `pretty=`; `/crumbIssuer/api/json`; basic
 * auth with the API token (401 page for bad credentials, 403 for anonymous calls); HTML 404 pages;
 * `X-Jenkins` on every answer. It reads the world on every request, so `advance` shows at once.
 */
export function createJenkinsHandler(options: JenkinsHandlerOptions): RequestHandler {
  const remoteUrl = options.remoteUrl ?? ((repo: string) => `https://github.com/${repo}.git`);
  const session = createHash('sha256').update(`session:${options.token}`).digest('hex').slice(0, 8);
  const crumb = createHash('sha256').update(`crumb:${options.user}:${options.token}`).digest('hex');
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://jenkins.invalid');
    const uri = url.pathname;
    const who = authenticate(req, options);
    if (who === 'anonymous') return send(req, res, anonymousPage(uri), session);
    if (who !== 'user') return send(req, res, badCredentialsPage(uri, who.bad), session);
    const target = parseJenkinsPath(uri);
    if (!target || (req.method !== 'GET' && req.method !== 'HEAD')) return send(req, res, notFoundPage(uri), session);
    const rootUrl = options.rootUrl ?? `http://${req.headers.host ?? '127.0.0.1'}/`;
    const ctx: ModelContext = { world: options.world, rootUrl, remoteUrl };
    const bean = resolve(ctx, target, crumb);
    if (!bean) return send(req, res, notFoundPage(uri), session);
    let tree: TreeSpec | null = null;
    const treeParam = url.searchParams.get('tree');
    if (treeParam !== null) {
      try {
        tree = parseTree(treeParam);
      } catch (error) {
        if (!(error instanceof TreeSyntaxError)) throw error;
        return send(req, res, problemPage(`malformed tree: ${error.message}`), session);
      }
    }
    const depth = Number.parseInt(url.searchParams.get('depth') ?? '0', 10);
    const json = exportJson(bean, { tree, depth: Number.isNaN(depth) ? 0 : depth });
    const pretty = url.searchParams.get('pretty') === 'true';
    send(req, res, { status: 200, json: JSON.stringify(json, null, pretty ? 2 : undefined) }, session);
  };
}
