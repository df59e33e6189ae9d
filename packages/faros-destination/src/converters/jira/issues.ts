import { type FarosRow, type FarosValue, ref, referenceRow, row } from '../../models/faros-row.js';
import type { Converter, ConverterContext } from '../converter.js';
import { adfText } from './adf-text.js';
import { readIssueCustomFields } from './issue-custom-fields.js';
import { issueLinkRows } from './issue-links.js';
import {
  epicRef,
  jiraKey,
  jiraReferenceRow,
  jiraUserId,
  projectRef,
  releaseRef,
  sprintRef,
  statusCategoryOfKey,
  statusCategoryOfName,
  taskRef,
  taskType,
  truncate,
  userRef,
} from './jira-keys.js';
import { projectKeysById, statusCategoriesById } from './jira-shared.js';
import { jiraEpochMs } from './jira-time.js';
import { RecordReader } from './record-reader.js';
import { changelogJson, issueHistory, type TaskStatus } from './status-changelog.js';

/**
 * `issues` (JQL search with `expand=changelog`): one `tms_Task` per issue with status and type as
 * Faros `{category, detail}`, priority, points, sprint, epic, parent and creator references, and
 * `statusChangelog`/`statusChangedAt` computed from the issue's own changelog. Besides: the
 * assignment, project membership, labels, fix versions and issue links, and a `tms_Epic` when the
 * issue is an epic. Every other row it points at (users, project, sprint, releases, other issues)
 * is written as a reference only.
 */
export const issuesConverter: Converter = {
  source: 'jira',
  stream: 'issues',
  ownedModels: [
    'tms_Task',
    'tms_Epic',
    'tms_TaskAssignment',
    'tms_TaskProjectRelationship',
    'tms_TaskTag',
    'tms_TaskDependency',
    'tms_TaskReleaseRelationship',
  ],
  convert: convertIssue,
};

function* convertIssue(record: Readonly<Record<string, unknown>>, context: ConverterContext): Iterable<FarosRow> {
  const issue = RecordReader.of(record);
  const key = issue.string('key');
  const fields = issue.object('fields');
  const task = taskRef(key);
  const values: Record<string, FarosValue> = { ...jiraKey(key) };

  const summary = fields.optString('summary');
  if (summary !== undefined) values.name = summary;
  const description = adfText(fields.value.description, fields.at('description'));
  values.description =
    description === undefined ? null : truncate(description, context.settings.jiraMaxDescriptionLength);
  const self = issue.optString('self');
  if (self !== undefined) values.url = browseUrl(self, key);

  const issueType = fields.optObject('issuetype');
  const typeName = issueType?.optString('name');
  if (typeName !== undefined) values.type = taskType(typeName);
  const isEpic = typeName?.toLowerCase() === 'epic' || issueType?.optNumber('hierarchyLevel') === 1;
  values.priority = fields.optObject('priority')?.optString('name') ?? null;

  const status = currentStatus(fields, issue, context);
  if (status !== undefined) values.status = { category: status.category, detail: status.detail };

  const created = fields.optString('created') ?? issue.optString('created');
  const createdMs = created === undefined ? undefined : jiraEpochMs(created, fields.at('created'));
  if (createdMs !== undefined) values.createdAt = new Date(createdMs).toISOString();
  const updated = fields.optString('updated') ?? issue.optString('updated');
  if (updated !== undefined) values.updatedAt = new Date(jiraEpochMs(updated, fields.at('updated'))).toISOString();

  const custom = readIssueCustomFields(fields, issue.optObject('names'), context);
  if (custom.points !== undefined) values.points = custom.points;
  if (custom.sprintId !== undefined) values.sprint = custom.sprintId === null ? null : sprintRef(custom.sprintId);
  if (custom.sprintId) yield jiraReferenceRow('tms_Sprint', custom.sprintId);

  // Team-managed projects and newer Cloud sites put the epic in `parent`; the epic link field
  // (company-managed) says the same for older ones.
  const parent = fields.optObject('parent');
  const parentKey = parent?.optString('key');
  const parentType = parent?.optObject('fields')?.optObject('issuetype');
  const parentIsEpic =
    parentType?.optString('name')?.toLowerCase() === 'epic' || parentType?.optNumber('hierarchyLevel') === 1;
  const epicKey = parentIsEpic ? parentKey : custom.epicKey;
  values.parent = parentKey !== undefined && !parentIsEpic ? taskRef(parentKey) : null;
  if (parentKey !== undefined) yield jiraReferenceRow('tms_Task', parentKey);
  if (epicKey) {
    values.epic = epicRef(epicKey);
    yield jiraReferenceRow('tms_Epic', epicKey);
  } else if (epicKey === null || parentKey !== undefined) {
    values.epic = null;
  }

  const creator = fields.optObject('creator') ?? fields.optObject('reporter');
  const creatorId = creator === undefined ? undefined : jiraUserId(creator);
  values.creator = creatorId === undefined ? null : userRef(creatorId);
  if (creatorId !== undefined) yield jiraReferenceRow('tms_User', creatorId);

  const assignee = fields.optObject('assignee');
  const assigneeId = assignee === undefined ? undefined : jiraUserId(assignee);
  const changelog = issue.optObject('changelog');
  let assignedAt: number | undefined;
  if (changelog !== undefined && createdMs !== undefined && status !== undefined) {
    const categories = statusCategoriesById(context);
    const history = issueHistory({
      changelog,
      createdMs,
      current: status,
      assigneeId,
      categoryOf: (id) => categories.get(id),
    });
    values.statusChangelog = changelogJson(history.statusChangelog);
    values.statusChangedAt = new Date(history.statusChangedAt).toISOString();
    assignedAt = history.assignedAt;
  } else {
    // Without the changelog, Jira's own status-category change time is the best there is.
    const changed = fields.optString('statuscategorychangedate');
    if (changed !== undefined)
      values.statusChangedAt = new Date(jiraEpochMs(changed, fields.at('statuscategorychangedate'))).toISOString();
  }
  yield row('tms_Task', values);

  if (isEpic) {
    const epic: Record<string, FarosValue> = {
      ...jiraKey(key),
      name: summary ?? null,
      description: values.description ?? null,
    };
    if (status !== undefined) epic.status = { category: status.category, detail: status.detail };
    const epicProject = projectKeyOf(fields, issue);
    if (epicProject !== undefined) epic.project = projectRef(epicProject);
    yield row('tms_Epic', epic);
  }

  if (assigneeId !== undefined) {
    yield jiraReferenceRow('tms_User', assigneeId);
    const at = assignedAt ?? createdMs;
    yield row('tms_TaskAssignment', {
      task,
      assignee: userRef(assigneeId),
      ...(at === undefined ? {} : { assignedAt: new Date(at).toISOString() }),
    });
  }

  const projectKey = projectKeyOf(fields, issue);
  if (projectKey !== undefined) {
    const projectId = fields.optObject('project')?.optId('id') ?? issue.optId('projectId');
    if (projectId !== undefined) projectKeysById(context).set(projectId, projectKey);
    yield jiraReferenceRow('tms_Project', projectKey);
    yield row('tms_TaskProjectRelationship', { task, project: projectRef(projectKey) });
  }

  for (const label of new Set(fields.strings('labels'))) {
    yield referenceRow('tms_Label', { name: label });
    yield row('tms_TaskTag', { task, label: ref('tms_Label', { name: label }) });
  }

  for (const version of fields.objects('fixVersions')) {
    const id = version.id('id');
    yield jiraReferenceRow('tms_Release', id);
    yield row('tms_TaskReleaseRelationship', { task, release: releaseRef(id) });
  }

  yield* issueLinkRows(key, fields);
}

/** The issue's status as a Faros status plus its Jira id, learning the id's category for changelogs. */
function currentStatus(
  fields: RecordReader,
  issue: RecordReader,
  context: ConverterContext,
): (TaskStatus & { id: string | undefined }) | undefined {
  const categories = statusCategoriesById(context);
  // Transitions (`expand=transitions`) name the statuses the issue can move to, with categories.
  for (const transition of issue.objects('transitions')) {
    const to = transition.optObject('to');
    const id = to?.optId('id');
    const category = statusCategoryOfKey(to?.optObject('statusCategory')?.optString('key'));
    if (id !== undefined && category !== undefined) categories.set(id, category);
  }
  const status = fields.optObject('status');
  if (status === undefined) return undefined;
  const detail = status.string('name');
  const id = status.optId('id');
  const category =
    statusCategoryOfKey(status.optObject('statusCategory')?.optString('key')) ??
    (id === undefined ? undefined : categories.get(id)) ??
    statusCategoryOfName(detail);
  if (id !== undefined) categories.set(id, category);
  return { category, detail, id };
}

function projectKeyOf(fields: RecordReader, issue: RecordReader): string | undefined {
  return fields.optObject('project')?.optString('key') ?? issue.optString('projectKey');
}

/** `https://site/browse/KEY` from the issue's REST `self` URL. */
function browseUrl(self: string, key: string): string | null {
  try {
    const url = new URL(self);
    const restAt = url.pathname.indexOf('/rest/');
    const base = restAt >= 0 ? url.pathname.slice(0, restAt) : '';
    return `${url.origin}${base}/browse/${key}`;
  } catch {
    return null;
  }
}
