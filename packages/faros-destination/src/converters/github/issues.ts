import { type FarosRow, referenceRow, row } from '../../models/faros-row.js';
import type { Converter } from '../converter.js';
import {
  optionalInteger,
  optionalObjects,
  optionalString,
  optionalTime,
  type RecordObject,
  requiredInteger,
  requiredString,
  valueAt,
  within,
} from '../record-fields.js';
import { issueStatus } from './github-categories.js';
import { loginAt, type RepoName, repositoryOf } from './github-keys.js';
import {
  issueTaskRef,
  milestoneEpicRef,
  taskBoardRef,
  taskProjectRef,
  tmsLabelRef,
  tmsUserRef,
  tmsUserReferenceRow,
} from './github-tms-keys.js';
import { knownValues } from './row-values.js';

/**
 * `issues`: a `tms_Task` (source `GitHub`, status Todo/Done with GitHub's `open`/`closed` as detail) in its
 * repository's board and project, with its assignees, labels (the dashboards count `bug`-labelled tasks)
 * and milestone as epic. GitHub lists pull requests among issues (`pull_request` set): those are skipped,
 * `pull_requests` converts them.
 */
export const issuesConverter: Converter = {
  source: 'github',
  stream: 'issues',
  ownedModels: [
    'tms_Task',
    'tms_TaskAssignment',
    'tms_TaskTag',
    'tms_TaskBoardRelationship',
    'tms_TaskProjectRelationship',
  ],
  convert: convertIssue,
};

function* convertIssue(record: RecordObject): Iterable<FarosRow> {
  const pullRequest = valueAt(record, 'pull_request');
  if (pullRequest !== undefined && pullRequest !== null) return;
  const repo = repositoryOf(record);
  const task = issueTaskRef(repo, requiredInteger(record, 'number'));
  const state = requiredString(record, 'state');
  const closedAt = optionalTime(record, 'closed_at');
  const creator = loginAt(record, 'user');
  const milestoneId = optionalInteger(record, 'milestone.id');

  if (creator !== undefined) yield tmsUserReferenceRow(creator);
  if (milestoneId !== undefined) yield referenceRow('tms_Epic', milestoneEpicRef(milestoneId).key);
  yield row(
    'tms_Task',
    knownValues({
      ...task.key,
      name: optionalString(record, 'title'),
      description: optionalString(record, 'body') ?? null,
      url: optionalString(record, 'html_url'),
      type: { category: 'Task', detail: 'issue' },
      status: { ...issueStatus(state) },
      createdAt: optionalTime(record, 'created_at'),
      updatedAt: optionalTime(record, 'updated_at'),
      // GitHub keeps no reopening time, so only a closed issue's status change is known.
      statusChangedAt: state === 'closed' ? closedAt : undefined,
      creator: creator === undefined ? undefined : tmsUserRef(creator),
      epic: milestoneId === undefined ? null : milestoneEpicRef(milestoneId),
    }),
  );
  yield* placementRows(task, repo);
  yield* assigneeRows(record, task);
  yield* labelRows(record, task);
}

type TaskRef = ReturnType<typeof issueTaskRef>;

function* placementRows(task: TaskRef, repo: RepoName): Iterable<FarosRow> {
  const board = taskBoardRef(repo);
  const project = taskProjectRef(repo);
  yield referenceRow('tms_TaskBoard', board.key);
  yield referenceRow('tms_Project', project.key);
  yield row('tms_TaskBoardRelationship', { task, board });
  yield row('tms_TaskProjectRelationship', { task, project });
}

function* assigneeRows(record: RecordObject, task: TaskRef): Iterable<FarosRow> {
  // Older records may carry only the single `assignee`; current ones list all in `assignees`.
  const logins = new Set<string>();
  for (const [index, assignee] of optionalObjects(record, 'assignees').entries()) {
    const login = within(`assignees.${index}`, () => optionalString(assignee, 'login'));
    if (login) logins.add(login);
  }
  const single = loginAt(record, 'assignee');
  if (single !== undefined) logins.add(single);
  for (const login of logins) {
    yield tmsUserReferenceRow(login);
    yield row('tms_TaskAssignment', { task, assignee: tmsUserRef(login) });
  }
}

function* labelRows(record: RecordObject, task: TaskRef): Iterable<FarosRow> {
  for (const [index, label] of optionalObjects(record, 'labels').entries()) {
    const name = within(`labels.${index}`, () => requiredString(label, 'name'));
    yield referenceRow('tms_Label', { name });
    yield row('tms_TaskTag', { label: tmsLabelRef(name), task });
  }
}
