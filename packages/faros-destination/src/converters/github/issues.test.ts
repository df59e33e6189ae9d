import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow, ownedRows } from '../converter-test-kit.js';
import { issuesConverter } from './issues.js';

const task = ref('tms_Task', { source: 'GitHub', uid: 'acme/web#17' });
const user = (uid: string) => ref('tms_User', { source: 'GitHub', uid });
const issue = {
  repository: 'Acme/Web',
  number: 17,
  state: 'open',
  title: 'Login button misaligned',
  body: 'Steps...',
  html_url: 'https://github.com/Acme/Web/issues/17',
  user: { login: 'carol' },
  labels: [{ name: 'bug' }, { name: 'ui' }],
  assignee: { login: 'alice' },
  assignees: [{ login: 'alice' }, { login: 'bob' }],
  milestone: { id: 7703, number: 3 },
  created_at: '2024-01-20T13:00:00Z',
  updated_at: '2024-02-01T09:15:00Z',
  closed_at: null,
  pull_request: null,
};

describe('issues', () => {
  it('writes an open issue as a GitHub task: Todo, creator, milestone as epic', () => {
    const rows = convert(issuesConverter, issue);
    expect(onlyRow(rows, 'tms_Task').values).toEqual({
      ...task.key,
      name: 'Login button misaligned',
      description: 'Steps...',
      url: 'https://github.com/Acme/Web/issues/17',
      type: { category: 'Task', detail: 'issue' },
      status: { category: 'Todo', detail: 'open' },
      createdAt: '2024-01-20T13:00:00.000Z',
      updatedAt: '2024-02-01T09:15:00.000Z',
      creator: user('carol'),
      epic: ref('tms_Epic', { source: 'GitHub', uid: '7703' }),
    });
  });

  it('places the task on its repository board and project, with each assignee once and every label', () => {
    const rows = convert(issuesConverter, issue);
    const board = ref('tms_TaskBoard', { source: 'GitHub', uid: 'acme/web' });
    const project = ref('tms_Project', { source: 'GitHub', uid: 'acme/web' });
    expect(onlyRow(rows, 'tms_TaskBoardRelationship').values).toEqual({ task, board });
    expect(onlyRow(rows, 'tms_TaskProjectRelationship').values).toEqual({ task, project });
    expect(ownedRows(rows, 'tms_TaskAssignment').map((r) => r.values)).toEqual([
      { task, assignee: user('alice') },
      { task, assignee: user('bob') },
    ]);
    expect(ownedRows(rows, 'tms_TaskTag').map((r) => r.values)).toEqual([
      { label: ref('tms_Label', { name: 'bug' }), task },
      { label: ref('tms_Label', { name: 'ui' }), task },
    ]);
  });

  it('marks a closed issue Done when it closed, and reads the single assignee of older records', () => {
    const rows = convert(issuesConverter, {
      ...issue,
      state: 'closed',
      closed_at: '2024-02-10T16:00:00Z',
      assignees: undefined,
      assignee: { login: 'bob' },
      milestone: null,
      user: null,
    });
    const values = onlyRow(rows, 'tms_Task').values;
    expect(values.status).toEqual({ category: 'Done', detail: 'closed' });
    expect(values.statusChangedAt).toBe('2024-02-10T16:00:00.000Z');
    expect(values.epic).toBeNull();
    expect(values).not.toHaveProperty('creator');
    expect(ownedRows(rows, 'tms_TaskAssignment').map((r) => r.values)).toEqual([{ task, assignee: user('bob') }]);
  });

  it('skips pull requests, which the issues endpoint lists too', () => {
    expect(convert(issuesConverter, { ...issue, pull_request: { url: 'x' } })).toEqual([]);
  });
});
