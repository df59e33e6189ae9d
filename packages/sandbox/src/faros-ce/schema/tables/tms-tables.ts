import { type FarosCeTable, fromJson, ref, table } from '../faros-ce-table.js';

/**
 * Task management (`tms_*`): tasks, projects, boards, epics, sprints, releases, users, labels and
 * the relationships between them. Jira issues and GitHub issues land here.
 */
export const tmsTables: readonly FarosCeTable[] = [
  table(
    'tms_Epic',
    ['source', 'uid'],
    {
      uid: 'text!',
      name: 'text',
      description: 'text',
      status: 'jsonb',
      source: 'text',
      project: ref('tms_Project'),
      statusDetail: fromJson('status', 'detail'),
      statusCategory: fromJson('status', 'category'),
    },
    { unindexed: ['description'] },
  ),
  table('tms_Label', ['name'], {
    name: 'text',
  }),
  table(
    'tms_Project',
    ['source', 'uid'],
    {
      uid: 'text!',
      name: 'text',
      description: 'text',
      createdAt: 'timestamptz',
      updatedAt: 'timestamptz',
      source: 'text',
    },
    { unindexed: ['description'] },
  ),
  table('tms_ProjectReleaseRelationship', ['project', 'release'], {
    project: ref('tms_Project'),
    release: ref('tms_Release'),
  }),
  table(
    'tms_Release',
    ['source', 'uid'],
    {
      uid: 'text!',
      name: 'text',
      description: 'text',
      startedAt: 'timestamptz',
      releasedAt: 'timestamptz',
      source: 'text',
    },
    { unindexed: ['description'] },
  ),
  table(
    'tms_Sprint',
    ['source', 'uid'],
    {
      uid: 'text!',
      name: 'text',
      description: 'text',
      plannedPoints: 'real',
      completedPoints: 'real',
      state: 'jsonb',
      startedAt: 'timestamptz',
      endedAt: 'timestamptz',
      source: 'text',
      stateDetail: fromJson('state', 'detail'),
      stateCategory: fromJson('state', 'category'),
    },
    { unindexed: ['description'] },
  ),
  table(
    'tms_Task',
    ['source', 'uid'],
    {
      uid: 'text!',
      name: 'text',
      description: 'text',
      url: 'text',
      type: 'jsonb',
      priority: 'text',
      status: 'jsonb',
      points: 'real',
      additionalFields: 'jsonb',
      createdAt: 'timestamptz',
      updatedAt: 'timestamptz',
      statusChangedAt: 'timestamptz',
      statusChangelog: 'jsonb',
      source: 'text',
      parent: ref('tms_Task'),
      creator: ref('tms_User'),
      epic: ref('tms_Epic'),
      sprint: ref('tms_Sprint'),
      typeDetail: fromJson('type', 'detail'),
      typeCategory: fromJson('type', 'category'),
      statusDetail: fromJson('status', 'detail'),
      statusCategory: fromJson('status', 'category'),
    },
    { unindexed: ['description', 'url'] },
  ),
  table('tms_TaskAssignment', ['task', 'assignee'], {
    assignedAt: 'timestamptz',
    task: ref('tms_Task'),
    assignee: ref('tms_User'),
  }),
  table('tms_TaskBoard', ['source', 'uid'], {
    uid: 'text!',
    name: 'text',
    source: 'text',
  }),
  table('tms_TaskBoardProjectRelationship', ['board', 'project'], {
    board: ref('tms_TaskBoard'),
    project: ref('tms_Project'),
  }),
  table('tms_TaskBoardRelationship', ['task', 'board'], {
    task: ref('tms_Task'),
    board: ref('tms_TaskBoard'),
  }),
  table('tms_TaskDependency', ['dependentTask', 'fulfillingTask'], {
    blocking: 'boolean',
    dependentTask: ref('tms_Task'),
    fulfillingTask: ref('tms_Task'),
  }),
  table('tms_TaskProjectRelationship', ['task', 'project'], {
    task: ref('tms_Task'),
    project: ref('tms_Project'),
  }),
  table('tms_TaskPullRequestAssociation', ['task', 'pullRequest'], {
    task: ref('tms_Task'),
    pullRequest: ref('vcs_PullRequest'),
  }),
  table('tms_TaskReleaseRelationship', ['task', 'release'], {
    task: ref('tms_Task'),
    release: ref('tms_Release'),
  }),
  table('tms_TaskTag', ['label', 'task'], {
    label: ref('tms_Label'),
    task: ref('tms_Task'),
  }),
  table(
    'tms_TaskTestCaseResultAssociation',
    ['defect', 'testCaseResult'],
    {
      defect: ref('tms_Task'),
      testCaseResult: ref('qa_TestCaseResult'),
    },
    { unindexed: ['origin'] },
  ),
  table('tms_User', ['source', 'uid'], {
    uid: 'text!',
    emailAddress: 'text',
    name: 'text',
    source: 'text',
  }),
];
