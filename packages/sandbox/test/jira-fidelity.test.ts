import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Sandbox, startSandbox } from '@faros-ce/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentsOf, worklogsOf } from '../src/jira/jira-activity.js';
import { JIRA_ROUTES } from '../src/jira/jira-routes.js';
import { jiraKeysIn } from '../src/world/index.js';
import { type JsonSchemaValidator, loadJsonSchemaValidator } from './fidelity/json-schema-validator.js';
import { loadOpenApiValidator, type OpenApiValidator } from './fidelity/openapi-validator.js';
import { airbyteCoverageGaps } from './jira/airbyte-coverage.js';
import { JIRA_SPEC_DEVIATIONS } from './jira/spec-deviations.js';

// Every endpoint the Jira simulators serve answers a real request with a non-empty body that the
// official description accepts with closed objects (Cloud v3 and agile against Atlassian's files;
// Data Center's v2 paths against the v3 operation of the same shape; dev-status and the agile sprint
// operations, which have no schema there, against test/jira/jira-extra.schema.json).

const reference = fileURLToPath(new URL('../../../../shared/reference/', import.meta.url));
const exists = existsSync(`${reference}jira/jira-platform-v3.openapi.json`);
if (!exists) console.warn(`jira-fidelity: ${reference} is missing (a user's clone); the fidelity tests are skipped`);

interface Call {
  readonly path: string;
  readonly body?: unknown;
}

let sandbox: Sandbox;
let calls: Record<string, Call>;

function fixtures(s: Sandbox) {
  const { jira, github } = s.world;
  const issues = [...jira.issues.values()];
  const withEmail = (accountId: string | null) => accountId !== null && jira.users.get(accountId)?.emailAddress != null;
  // An issue with every kind of activity, by authors who show their email (Cloud hides some).
  const busy = issues.find(
    (i) =>
      i.changelog.length >= 4 &&
      i.changelog.some((e) => withEmail(e.author)) &&
      commentsOf(i).length > 0 &&
      worklogsOf(i).some((w) => withEmail(w.author)),
  )!;
  const project = jira.projects.byId(busy.projectId)!;
  const versioned = [...jira.projects.values()].find((p) => jira.versions.group(p.id).length > 0)!;
  // An active sprint with issues (their agile `sprint` field is filled), and a sprint holding an
  // epic's child (its `epic` field is).
  const sprint = [...jira.sprints.values()].find(
    (sp) => sp.state === 'active' && issues.some((i) => i.sprintIds.includes(sp.id)),
  )!;
  const epicSprint = [...jira.sprints.values()].find((sp) =>
    issues.some((i) => i.sprintIds.includes(sp.id) && i.epicId !== null),
  )!;
  const board = jira.boards.get(String(sprint.boardId))!;
  const linked = [...github.pullRequests.values()]
    .flatMap((p) => jiraKeysIn(`${p.title} ${p.headRef}`))
    .map((k) => jira.resolveIssueKey(k))
    .find((i) => i !== undefined)!;
  return { busy, project, versioned, board, sprint, epicSprint, linked };
}

function buildCalls(s: Sandbox): Record<string, Call> {
  const { busy, project, versioned, board, sprint, linked } = fixtures(s);
  const jql = encodeURIComponent(`project = ${project.key} AND updated >= "2000-01-01" ORDER BY updated ASC`);
  const searchBody = {
    jql: `project = ${project.key} ORDER BY updated ASC`,
    fields: ['*all'],
    expand: 'changelog',
    maxResults: 3,
  };
  const all = 'fields=*all&expand=renderedFields,transitions,changelog,names,schema';
  const both = (suffix: string, path: string): Record<string, Call> => ({
    [`cloud GET /rest/api/3${suffix}`]: { path: `/rest/api/3${path}` },
    [`dataCenter GET /rest/api/2${suffix}`]: { path: `/rest/api/2${path}` },
  });
  const agile = (template: string, path: string): Record<string, Call> => ({
    [`cloud GET ${template}`]: { path },
    [`dataCenter GET ${template}`]: { path },
  });
  return {
    ...both('/serverInfo', '/serverInfo'),
    ...both('/myself', '/myself'),
    'cloud GET /rest/api/3/users/search': { path: '/rest/api/3/users/search?maxResults=20' },
    'dataCenter GET /rest/api/2/user/search': { path: '/rest/api/2/user/search?username=.' },
    'cloud GET /rest/api/3/project/search': {
      path: '/rest/api/3/project/search?maxResults=3&expand=description,lead,issueTypes,url,projectKeys,permissions,insight',
    },
    'dataCenter GET /rest/api/2/project': { path: '/rest/api/2/project?expand=description,lead' },
    ...both('/project/{projectIdOrKey}', `/project/${project.key}`),
    'cloud GET /rest/api/3/project/{projectIdOrKey}/version': { path: `/rest/api/3/project/${versioned.key}/version` },
    ...both('/project/{projectIdOrKey}/versions', `/project/${versioned.key}/versions`),
    ...both('/field', '/field'),
    ...both('/issuetype', '/issuetype'),
    ...both('/priority', '/priority'),
    'cloud GET /rest/api/3/priority/search': { path: '/rest/api/3/priority/search' },
    ...both('/resolution', '/resolution'),
    'cloud GET /rest/api/3/resolution/search': { path: '/rest/api/3/resolution/search' },
    ...both('/status', '/status'),
    ...both('/statuscategory', '/statuscategory'),
    'cloud GET /rest/api/3/label': { path: '/rest/api/3/label' },
    ...both('/issueLinkType', '/issueLinkType'),
    ...both('/issue/{issueIdOrKey}', `/issue/${busy.key}?expand=renderedFields,transitions,changelog,names,schema`),
    'cloud GET /rest/api/3/issue/{issueIdOrKey}/changelog': { path: `/rest/api/3/issue/${busy.key}/changelog` },
    ...both('/issue/{issueIdOrKey}/comment', `/issue/${busy.id}/comment`),
    ...both('/issue/{issueIdOrKey}/worklog', `/issue/${busy.id}/worklog`),
    'cloud GET /rest/api/3/search/jql': { path: `/rest/api/3/search/jql?jql=${jql}&maxResults=3&${all}` },
    'cloud POST /rest/api/3/search/jql': { path: '/rest/api/3/search/jql', body: searchBody },
    'dataCenter GET /rest/api/2/search': { path: `/rest/api/2/search?jql=${jql}&maxResults=3&${all}` },
    'dataCenter POST /rest/api/2/search': { path: '/rest/api/2/search', body: searchBody },
    ...agile('/rest/agile/1.0/board', '/rest/agile/1.0/board'),
    ...agile('/rest/agile/1.0/board/{boardId}', `/rest/agile/1.0/board/${board.id}`),
    ...agile('/rest/agile/1.0/board/{boardId}/configuration', `/rest/agile/1.0/board/${board.id}/configuration`),
    ...agile(
      '/rest/agile/1.0/board/{boardId}/issue',
      `/rest/agile/1.0/board/${board.id}/issue?maxResults=100&expand=changelog`,
    ),
    ...agile('/rest/agile/1.0/board/{boardId}/sprint', `/rest/agile/1.0/board/${board.id}/sprint`),
    ...agile('/rest/agile/1.0/sprint/{sprintId}', `/rest/agile/1.0/sprint/${sprint.id}`),
    ...agile('/rest/agile/1.0/sprint/{sprintId}/issue', `/rest/agile/1.0/sprint/${sprint.id}/issue?maxResults=100`),
    'cloud GET /rest/software/1.0/board/{boardId}/issue': {
      path: `/rest/software/1.0/board/${board.id}/issue?maxResults=100&expand=changelog`,
    },
    'cloud GET /rest/software/1.0/sprint/{sprintId}/issue': {
      path: `/rest/software/1.0/sprint/${sprint.id}/issue?maxResults=2`,
    },
    ...agile(
      '/rest/dev-status/latest/issue/detail',
      `/rest/dev-status/latest/issue/detail?issueId=${linked.id}&applicationType=GitHub&dataType=pullrequest`,
    ),
  };
}

const keyOf = (route: (typeof JIRA_ROUTES)[number]) => `${route.flavor} ${route.method} ${route.path}`;

async function call(s: Sandbox, flavor: 'cloud' | 'dataCenter', method: string, c: Call) {
  const info = s.connectionInfo();
  const [url, auth] =
    flavor === 'cloud'
      ? [info.jira!.url, `Basic ${Buffer.from(`${info.jira!.email}:${info.jira!.token}`).toString('base64')}`]
      : [info.jiraDataCenter!.url, `Bearer ${info.jiraDataCenter!.token}`];
  const response = await fetch(url + c.path, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: c.body === undefined ? undefined : JSON.stringify(c.body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const isEmpty = (body: unknown): boolean =>
  body === null ||
  (Array.isArray(body) && body.length === 0) ||
  (typeof body === 'object' && body !== null && Object.keys(body).length === 0);

/** The listing inside a body (values, issues, comments …) must not be empty either. */
const listOf = (body: unknown): unknown[] | undefined => {
  if (Array.isArray(body)) return body;
  if (typeof body !== 'object' || body === null) return undefined;
  for (const key of ['values', 'issues', 'comments', 'worklogs', 'issueLinkTypes']) {
    const value = (body as Record<string, unknown>)[key];
    if (Array.isArray(value)) return value;
  }
  return undefined;
};

describe.skipIf(!exists)('Jira simulators against the official descriptions', () => {
  let platform: OpenApiValidator;
  let agileSpec: OpenApiValidator;
  let extra: JsonSchemaValidator;
  const bodies = new Map<string, unknown>();

  beforeAll(async () => {
    platform = loadOpenApiValidator(`${reference}jira/jira-platform-v3.openapi.json`);
    agileSpec = loadOpenApiValidator(`${reference}jira/jira-software-agile.openapi.json`);
    extra = loadJsonSchemaValidator(fileURLToPath(new URL('./jira/jira-extra.schema.json', import.meta.url)));
    sandbox = await startSandbox({ seed: 3, services: ['jira', 'jiraDataCenter'] });
    sandbox.world.advance(2);
    calls = buildCalls(sandbox);
  });
  afterAll(() => sandbox?.close());

  it('exercises every served endpoint and no other', () => {
    expect(Object.keys(calls).sort()).toEqual(JIRA_ROUTES.map(keyOf).sort());
  });

  it.each(JIRA_ROUTES.map((route) => [keyOf(route), route] as const))('%s', async (key, route) => {
    const c = calls[key];
    expect(c, `no request for ${key}`).toBeDefined();
    const { status, body } = await call(sandbox, route.flavor, route.method, c!);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(isEmpty(body)).toBe(false);
    const list = listOf(body);
    if (list) expect(list.length).toBeGreaterThan(0);
    bodies.set(key, body);
    let problems: string[];
    if (route.spec.file === 'none') problems = extra.validate('DevStatusDetail', body);
    else if (route.spec.file === 'software') {
      const { issues } = body as { issues: unknown[] };
      problems = [
        ...extra.validate('SoftwareIssuePage', body),
        ...agileSpec.validateResponse(route.method, route.spec.path, 200, { issues }),
      ];
    } else if (route.path === '/rest/agile/1.0/board/{boardId}/sprint') problems = extra.validate('SprintPage', body);
    else if (route.path === '/rest/agile/1.0/sprint/{sprintId}') problems = extra.validate('Sprint', body);
    else {
      const validator = route.spec.file === 'platform' ? platform : agileSpec;
      problems = validator.validateResponse(route.method, route.spec.path, 200, body);
    }
    const unexplained = problems.filter((p) => !JIRA_SPEC_DEVIATIONS.some((d) => d.pattern.test(p)));
    expect(unexplained).toEqual([]);
  });

  it("gives every field of Airbyte's Jira stream schemas a non-null value somewhere (or a reason)", async () => {
    const { epicSprint } = fixtures(sandbox);
    const more = await call(sandbox, 'cloud', 'GET', { path: `/rest/agile/1.0/sprint/${epicSprint.id}/issue` });
    bodies.set('cloud GET /rest/agile/1.0/sprint/{sprintId}/issue#epic', more.body);
    const gaps = airbyteCoverageGaps(`${reference}airbyte-sources/source-jira/schemas/`, bodies);
    expect(gaps).toEqual([]);
  });
});
