import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyError, readJsonBody, sendJson } from '../service/http-json.js';
import type { RequestHandler } from '../service/index.js';
import type { JiraAuth } from './jira-auth.js';
import { JiraError } from './jira-error.js';
import { findRoute } from './jira-routes.js';
import type { JiraSite } from './jira-view.js';
import { JqlError } from './jql-parser.js';

function sendError(res: ServerResponse, error: JiraError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  sendJson(res, error.status, error.body());
}

async function answer(site: JiraSite, auth: JiraAuth, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const base = `http://${req.headers.host ?? '127.0.0.1'}`;
  const url = new URL(req.url ?? '/', base);
  const method = req.method ?? 'GET';
  auth.check(req);
  const match = findRoute(site.flavor, method, url.pathname);
  if (match.kind === 'none') throw new JiraError(404, [`null for uri: ${url.href}`]);
  if (match.kind === 'method') {
    res.setHeader('allow', match.allowed.join(', '));
    throw new JiraError(405, [`Method ${method} is not allowed for ${url.pathname}.`]);
  }
  const body = method === 'POST' ? await readJsonBody(req) : undefined;
  const result = await match.route.handle({ view: { site, base }, method, url, params: match.params, body });
  sendJson(res, 200, result);
}

/** The HTTP handler of one Jira site: authentication, routing and Jira's error shapes. */
export function createJiraHandler(site: JiraSite, auth: JiraAuth): RequestHandler {
  return async (req, res) => {
    try {
      await answer(site, auth, req, res);
    } catch (error) {
      if (error instanceof JiraError) return sendError(res, error);
      if (error instanceof JqlError) return sendError(res, new JiraError(400, [error.message]));
      if (error instanceof BodyError) return sendError(res, new JiraError(400, [error.message]));
      throw error;
    }
  };
}
