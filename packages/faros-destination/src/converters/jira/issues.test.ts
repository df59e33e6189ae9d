import { describe, expect, it } from 'vitest';
import { convert, fixture, onlyRow, plain, rowsOf, testContext } from '../converter-test-kit.js';
import { issueFieldsConverter } from './issue-fields.js';
import { issuesConverter } from './issues.js';

const issues = fixture('jira', 'issues');
const byKey = (key: string): Record<string, unknown> => {
  const found = issues.find((r) => r.key === key);
  if (found === undefined) throw new Error(`no fixture ${key}`);
  return found;
};
const task = (key: string) => ({ tms_Task: { source: 'Jira', uid: key } });
const iso = (y: number, mo: number, d: number, h: number, mi: number, s = 0, ms = 0) =>
  new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms)).toISOString();
const epoch = (y: number, mo: number, d: number, h: number, mi: number, s = 0, ms = 0) =>
  Date.UTC(y, mo - 1, d, h, mi, s, ms);

/** A context that has seen the `issue_fields` fixture, as a sync streaming it first would. */
function detectedContext() {
  const context = testContext();
  for (const field of fixture('jira', 'issue_fields')) convert(issueFieldsConverter, field, context);
  return context;
}

describe('issues converter', () => {
  it('writes the task with status, type, priority, points, sprint, epic and creator', () => {
    const rows = convert(issuesConverter, byKey('PROJ-2'), detectedContext());
    const t = onlyRow(rows, 'tms_Task').values;
    expect(t.source).toBe('Jira');
    expect(t.uid).toBe('PROJ-2');
    expect(t.name).toBe('Login page accepts SSO tokens');
    expect(t.url).toBe('https://acme.atlassian.net/browse/PROJ-2');
    expect(t.status).toEqual({ category: 'InProgress', detail: 'In Review' });
    expect(t.type).toEqual({ category: 'Story', detail: 'Story' });
    expect(t.priority).toBe('Medium');
    expect(t.points).toBe(5);
    // Sprint 2 is active, sprint 1 closed: the issue is in sprint 2 now.
    expect(plain(t.sprint)).toEqual({ tms_Sprint: { source: 'Jira', uid: '2' } });
    expect(plain(t.epic)).toEqual({ tms_Epic: { source: 'Jira', uid: 'PROJ-1' } });
    expect(t.parent).toBeNull();
    expect(plain(t.creator)).toEqual({ tms_User: { source: 'Jira', uid: '5fc9e78d2730d800760becc4' } });
    expect(t.createdAt).toBe(iso(2024, 2, 1, 9, 15));
    expect(t.updatedAt).toBe(iso(2024, 2, 23, 17, 45, 12, 345));
    expect(t.description).toBe('Accept tokens from the identity provider.\nvalidate signature');
    expect(rowsOf(rows, 'tms_Sprint')).toEqual([
      { model: 'tms_Sprint', values: { source: 'Jira', uid: '2' }, referenceOnly: true },
    ]);
  });

  it('computes statusChangelog and statusChangedAt from the changelog, whatever its order', () => {
    const t = onlyRow(convert(issuesConverter, byKey('PROJ-2'), detectedContext()), 'tms_Task').values;
    expect(t.statusChangelog).toEqual([
      { status: { category: 'Todo', detail: 'To Do' }, changedAt: epoch(2024, 2, 1, 9, 15) },
      { status: { category: 'InProgress', detail: 'In Progress' }, changedAt: epoch(2024, 2, 5, 10, 0) },
      { status: { category: 'InProgress', detail: 'In Review' }, changedAt: epoch(2024, 2, 23, 17, 45, 12, 345) },
    ]);
    expect(t.statusChangedAt).toBe(iso(2024, 2, 23, 17, 45, 12, 345));
  });

  it('gives the same rows for the same record (an upsert is idempotent)', () => {
    const first = convert(issuesConverter, byKey('PROJ-2'), detectedContext());
    const second = convert(issuesConverter, byKey('PROJ-2'), detectedContext());
    expect(second.map((r) => [r.model, JSON.stringify(r.values, (_k, v) => plainish(v))])).toEqual(
      first.map((r) => [r.model, JSON.stringify(r.values, (_k, v) => plainish(v))]),
    );
  });

  it('assigns the issue at the time the changelog gave it to the assignee', () => {
    const rows = convert(issuesConverter, byKey('PROJ-2'), detectedContext());
    const a = onlyRow(rows, 'tms_TaskAssignment').values;
    expect(plain(a.task)).toEqual(task('PROJ-2'));
    expect(plain(a.assignee)).toEqual({
      tms_User: { source: 'Jira', uid: '712020:0f1e2d3c-aaaa-bbbb-cccc-1234567890ab' },
    });
    expect(a.assignedAt).toBe(iso(2024, 2, 6, 8, 0));
    const users = rowsOf(rows, 'tms_User');
    expect(users.every((u) => u.referenceOnly === true)).toBe(true);
  });

  it('tags labels once each, links project and fix versions', () => {
    const rows = convert(issuesConverter, byKey('PROJ-2'), detectedContext());
    expect(rowsOf(rows, 'tms_TaskTag').map((r) => plain(r.values.label))).toEqual([
      { tms_Label: { name: 'backend' } },
      { tms_Label: { name: 'api' } },
    ]);
    expect(plain(onlyRow(rows, 'tms_TaskProjectRelationship').values.project)).toEqual({
      tms_Project: { source: 'Jira', uid: 'PROJ' },
    });
    expect(plain(onlyRow(rows, 'tms_TaskReleaseRelationship').values.release)).toEqual({
      tms_Release: { source: 'Jira', uid: '10200' },
    });
    expect(rowsOf(rows, 'tms_Project')).toEqual([
      { model: 'tms_Project', values: { source: 'Jira', uid: 'PROJ' }, referenceOnly: true },
    ]);
  });

  it('turns a "blocks" link into the same dependency from either end', () => {
    const fromBlocker = onlyRow(convert(issuesConverter, byKey('PROJ-2'), detectedContext()), 'tms_TaskDependency');
    const fromBlocked = onlyRow(convert(issuesConverter, byKey('PROJ-3'), detectedContext()), 'tms_TaskDependency');
    expect(plain(fromBlocker.values.dependentTask)).toEqual(task('PROJ-3'));
    expect(plain(fromBlocker.values.fulfillingTask)).toEqual(task('PROJ-2'));
    expect(fromBlocker.values.blocking).toBe(true);
    expect(plain(fromBlocked.values.dependentTask)).toEqual(plain(fromBlocker.values.dependentTask));
    expect(plain(fromBlocked.values.fulfillingTask)).toEqual(plain(fromBlocker.values.fulfillingTask));
  });

  it('links a subtask to its parent task; an issue that never changed status has one changelog entry', () => {
    const t = onlyRow(convert(issuesConverter, byKey('PROJ-3'), detectedContext()), 'tms_Task').values;
    expect(plain(t.parent)).toEqual(task('PROJ-2'));
    expect(t.epic).toBeNull();
    expect(t.points).toBeNull();
    expect(t.sprint).toBeNull();
    expect(t.type).toEqual({ category: 'Task', detail: 'Subtask' });
    expect(t.statusChangelog).toEqual([
      { status: { category: 'Done', detail: 'Done' }, changedAt: epoch(2024, 2, 2, 12, 0) },
    ]);
    expect(t.statusChangedAt).toBe(iso(2024, 2, 2, 12, 0));
  });

  it('writes an epic issue as a tms_Epic too', () => {
    const rows = convert(issuesConverter, byKey('PROJ-1'), detectedContext());
    const epic = onlyRow(rows, 'tms_Epic');
    expect(epic.referenceOnly).toBeUndefined();
    expect(epic.values.uid).toBe('PROJ-1');
    expect(epic.values.name).toBe('Single sign-on');
    expect(epic.values.status).toEqual({ category: 'InProgress', detail: 'In Progress' });
    expect(epic.values.description).toBe('Let users sign in with the company identity provider.');
    expect(plain(epic.values.project)).toEqual({ tms_Project: { source: 'Jira', uid: 'PROJ' } });
    expect(onlyRow(rows, 'tms_Task').values.type).toEqual({ category: 'Custom', detail: 'Epic' });
  });

  it('takes the epic from an epic parent (team-managed) and leaves unknown custom fields alone', () => {
    const t = onlyRow(convert(issuesConverter, byKey('PROJ-4'), testContext()), 'tms_Task').values;
    expect(plain(t.epic)).toEqual({ tms_Epic: { source: 'Jira', uid: 'PROJ-1' } });
    expect(t.parent).toBeNull();
    expect('points' in t).toBe(false);
    expect('sprint' in t).toBe(false);
    expect(t.priority).toBeNull();
  });

  it('reads the older Data Center shape: names map, legacy sprint strings, users by name', () => {
    const context = testContext();
    const rows = convert(issuesConverter, byKey('OPS-7'), context);
    const t = onlyRow(rows, 'tms_Task').values;
    expect(t.url).toBe('https://jira.acme.example/jira/browse/OPS-7');
    expect(t.points).toBe(3);
    expect(plain(t.sprint)).toEqual({ tms_Sprint: { source: 'Jira', uid: '32' } });
    expect(t.epic).toBeNull();
    expect(plain(t.creator)).toEqual({ tms_User: { source: 'Jira', uid: 'jdoe' } });
    expect(plain(onlyRow(rows, 'tms_TaskAssignment').values.assignee)).toEqual({
      tms_User: { source: 'Jira', uid: 'rsmith' },
    });
    expect(t.status).toEqual({ category: 'InProgress', detail: 'Waiting for QA' });
    expect(t.createdAt).toBe(iso(2023, 11, 2, 14, 5));
    // No changelog was expanded: the status-category change time stands in; no changelog is written.
    expect(t.statusChangedAt).toBe(iso(2023, 11, 15, 10, 0));
    expect('statusChangelog' in t).toBe(false);
  });

  it('lets the settings name the custom fields', () => {
    const context = testContext({
      jiraStoryPointsFieldId: 'customfield_10099',
      jiraSprintFieldId: 'customfield_10020',
    });
    const t = onlyRow(convert(issuesConverter, byKey('PROJ-2'), context), 'tms_Task').values;
    expect(t.points).toBeNull();
    expect(plain(t.sprint)).toEqual({ tms_Sprint: { source: 'Jira', uid: '2' } });
  });

  it('truncates descriptions to the configured length', () => {
    const t = onlyRow(
      convert(issuesConverter, byKey('PROJ-2'), testContext({ jiraMaxDescriptionLength: 12 })),
      'tms_Task',
    ).values;
    expect(t.description).toBe('Accept token');
  });

  it('categorises past statuses by what transitions taught, else by name', () => {
    const record = structuredClone(byKey('PROJ-2')) as { changelog: { histories: unknown[] } };
    record.changelog.histories.push(
      {
        id: '20105',
        created: '2024-02-24T09:00:00.000+0000',
        items: [
          {
            fieldId: 'status',
            field: 'status',
            from: '10002',
            fromString: 'In Review',
            to: '10001',
            toString: 'Shipped',
          },
        ],
      },
      {
        id: '20106',
        created: '2024-02-25T09:00:00.000+0000',
        items: [
          { fieldId: 'status', field: 'status', from: '10001', fromString: 'Shipped', to: '10777', toString: 'Parked' },
        ],
      },
    );
    const t = onlyRow(convert(issuesConverter, record, detectedContext()), 'tms_Task').values;
    const log = t.statusChangelog as { status: { category: string; detail: string } }[];
    expect(log.at(-2)?.status).toEqual({ category: 'Done', detail: 'Shipped' });
    expect(log.at(-1)?.status).toEqual({ category: 'InProgress', detail: 'Parked' });
    expect(t.statusChangedAt).toBe(iso(2024, 2, 25, 9, 0));
  });

  it('rejects records with a missing key or mistyped fields, naming the field', () => {
    expect(() => convert(issuesConverter, { id: '1', fields: {} })).toThrow(/key/);
    expect(() => convert(issuesConverter, { key: 'X-1', fields: { status: 'Done' } })).toThrow(/fields\.status/);
    expect(() => convert(issuesConverter, { key: 'X-1', fields: { created: 'yesterday' } })).toThrow(/fields\.created/);
  });
});

function plainish(v: unknown): unknown {
  return v instanceof Object && 'model' in v && 'key' in v
    ? { ref: (v as { model: string }).model, key: (v as { key: unknown }).key }
    : v;
}
