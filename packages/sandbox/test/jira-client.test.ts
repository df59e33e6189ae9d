import { type Sandbox, startSandbox } from '@faros-ce/sandbox';
import { createAgileClient, createCloudClient } from 'jira.js';
import { createClient } from 'jira.js/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// jira.js 6 (the real client a Jira source uses) against both simulators, with its response schemas
// in `throw` mode: a body its zod schemas reject fails the test. jira.js 6 has no Version2Client, so
// Data Center is driven through its core client (bearer auth) on the v2 paths, plus its agile client.

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 4, services: ['jira', 'jiraDataCenter'] });
});
afterAll(() => sandbox.close());

const cloudConfig = () => {
  const { url, email, token } = sandbox.connectionInfo().jira!;
  return { host: url, auth: { type: 'basic' as const, email, apiToken: token }, onSchemaMismatch: 'throw' as const };
};

describe('jira.js against Jira Cloud', () => {
  it('runs the calls of a source: server info, myself, projects, fields, JQL search paged by nextPageToken', async () => {
    const jira = createCloudClient(cloudConfig());
    const info = await jira.serverInfo.getServerInfo();
    expect(info.deploymentType).toBe('Cloud');
    const me = await jira.myself.getCurrentUser();
    expect(me.timeZone).not.toBe('UTC');
    expect(me.emailAddress).toBe(sandbox.connectionInfo().jira!.email);

    const projects: string[] = [];
    for (let startAt = 0; ; ) {
      const page = await jira.projects.searchProjects({ startAt, maxResults: 2, expand: 'description,lead' });
      projects.push(...page.values.map((p) => String(p.key)));
      startAt += page.values.length;
      if (page.isLast) break;
    }
    expect(projects).toEqual([...sandbox.world.jira.projects.values()].map((p) => p.key).sort());

    const fields = await jira.issueFields.getFields();
    expect(fields.map((f) => f.id)).toContain('customfield_10020');

    const project = projects[0]!;
    const jql = `project = ${project} AND updated >= "2000-01-01 00:00" ORDER BY updated ASC`;
    const seen: string[] = [];
    let updated: string[] = [];
    let nextPageToken: string | undefined;
    do {
      const page = await jira.issueSearch.searchAndReconsileIssuesUsingJql({
        jql,
        nextPageToken,
        maxResults: 7,
        fields: ['updated', 'summary'],
        expand: 'changelog',
      });
      seen.push(...page.issues!.map((i) => i.key!));
      updated = updated.concat(page.issues!.map((i) => String(i.fields?.updated)));
      nextPageToken = page.nextPageToken ?? undefined;
      expect(page.isLast).toBe(nextPageToken === undefined);
    } while (nextPageToken);
    const projectId = sandbox.world.jira.projects.get(project)!.id;
    expect(new Set(seen)).toEqual(new Set(sandbox.world.jira.issues.group(projectId).map((i) => i.key)));
    expect(updated).toEqual([...updated].sort());
  });

  it('reads changelogs, comments and worklogs of an issue', async () => {
    const jira = createCloudClient(cloudConfig());
    const issue = [...sandbox.world.jira.issues.values()].find((i) => i.changelog.length >= 4)!;
    const changelog = await jira.issues.getChangeLogs({ issueIdOrKey: issue.key, maxResults: 2 });
    expect(changelog.total).toBe(issue.changelog.length);
    expect(changelog.values.map((h) => h.id)).toEqual(issue.changelog.slice(0, 2).map((h) => h.id));
    const comments = await jira.issueComments.getComments({ issueIdOrKey: issue.key });
    expect(comments.total).toBe(comments.comments?.length);
    const worklogs = await jira.issueWorklogs.getIssueWorklog({ issueIdOrKey: issue.id });
    expect(worklogs.total).toBe(worklogs.worklogs?.length);
  });

  it('lists boards, sprints and sprint issues through the agile client', async () => {
    const agile = createAgileClient(cloudConfig());
    const boards = await agile.board.getAllBoards({ type: 'scrum' });
    expect(boards.values.length).toBeGreaterThan(0);
    expect(boards.values.every((b) => b.type === 'scrum')).toBe(true);
    const boardId = boards.values[0]!.id!;
    const sprints = await agile.board.getAllSprints({ boardId, state: 'closed' });
    const closed = sandbox.world.jira.sprints.group(String(boardId)).filter((s) => s.state === 'closed');
    expect(sprints.values?.map((s) => s.id)).toEqual(closed.slice(0, 50).map((s) => s.id));
    const sprint = closed.find((s) => [...sandbox.world.jira.issues.values()].some((i) => i.sprintIds.includes(s.id)))!;
    // jira.js 6 reads sprint and board issues from Cloud's token-paged `/rest/software/1.0` listings.
    const keys: string[] = [];
    let nextPageToken: string | undefined;
    do {
      const page = await agile.sprint.getIssuesForSprint({ sprintId: sprint.id, maxResults: 2, nextPageToken });
      keys.push(...page.issues.map((i) => String(i.key)));
      nextPageToken = page.nextPageToken;
      expect(page.isLast).toBe(nextPageToken === undefined);
    } while (nextPageToken);
    const expected = [...sandbox.world.jira.issues.values()].filter((i) => i.sprintIds.includes(sprint.id));
    expect(keys).toEqual(expected.map((i) => i.key));
    const legacy = await createClient(cloudConfig()).sendRequest<{ total: number }>({
      url: `/rest/agile/1.0/sprint/${sprint.id}/issue`,
    });
    expect(legacy.total).toBe(expected.length);
    const boardIssues = await agile.board.getIssuesForBoard({ boardId, maxResults: 100 });
    const project = sandbox.world.jira.boards.get(String(boardId))!.projectId;
    expect(boardIssues.issues.length).toBe(Math.min(100, sandbox.world.jira.issues.group(project).length));
  });
});

describe('jira.js against Jira Data Center', () => {
  const dcClient = () => {
    const { url, token } = sandbox.connectionInfo().jiraDataCenter!;
    return createClient({ host: url, auth: { type: 'bearer', token }, onSchemaMismatch: 'throw' });
  };

  it('runs server info, myself and an offset-paged v2 search', async () => {
    const client = dcClient();
    const info = await client.sendRequest<{ deploymentType: string }>({ url: '/rest/api/2/serverInfo' });
    expect(info.deploymentType).toBe('Server');
    const me = await client.sendRequest<{ name: string; accountId?: string }>({ url: '/rest/api/2/myself' });
    expect(me.accountId).toBeUndefined();
    expect([...sandbox.world.jira.users.values()].some((u) => u.name === me.name)).toBe(true);
    const keys: string[] = [];
    let total = Number.POSITIVE_INFINITY;
    for (let startAt = 0; startAt < total; ) {
      const page = await client.sendRequest<{
        total: number;
        issues: { key: string; fields: { description: unknown } }[];
      }>({
        url: '/rest/api/2/search',
        method: 'POST',
        body: { jql: 'project = PLAT ORDER BY key ASC', startAt, maxResults: 20, fields: ['summary', 'description'] },
      });
      total = page.total;
      keys.push(...page.issues.map((i) => i.key));
      for (const issue of page.issues)
        expect(typeof issue.fields.description === 'object' && issue.fields.description !== null).toBe(false);
      startAt += page.issues.length;
    }
    const project = sandbox.world.jira.projects.get('PLAT')!;
    expect(keys).toHaveLength(sandbox.world.jira.issues.group(project.id).length);
  });

  it('lists boards and sprints through the agile client with a bearer token', async () => {
    const agile = createAgileClient(dcClient());
    const boards = await agile.board.getAllBoards();
    expect(boards.total).toBe(sandbox.world.jira.boards.size);
  });
});
