import { type FarosRow, type FarosValue, ref, referenceRow, row } from '../../models/faros-row.js';
import type { Converter, ConverterContext } from '../converter.js';
import {
  optionalId,
  optionalNumber,
  optionalObject,
  optionalString,
  optionalStrings,
  type RecordObject,
  requiredId,
  requiredObject,
  requiredString,
  within,
  withinObject,
  withinObjects,
} from '../record-fields.js';
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

// Fields below `fields` are read by their full dotted path (`fields.status.name`) once `fields`
// is known to be an object; nested objects whose type matters are read `withinObject`.
function* convertIssue(record: RecordObject, context: ConverterContext): Iterable<FarosRow> {
  const key = requiredString(record, 'key');
  const fields = requiredObject(record, 'fields');
  const task = taskRef(key);
  const values: Record<string, FarosValue> = { ...jiraKey(key) };

  const summary = optionalString(record, 'fields.summary');
  if (summary !== undefined) values.name = summary;
  const description = adfText(fields.description, 'fields.description');
  values.description =
    description === undefined ? null : truncate(description, context.settings.jiraMaxDescriptionLength);
  const self = optionalString(record, 'self');
  if (self !== undefined) values.url = browseUrl(self, key);

  const typeName = withinObject(record, 'fields.issuetype', (type) => optionalString(type, 'name'));
  if (typeName !== undefined) values.type = taskType(typeName);
  const isEpic = withinObject(record, 'fields.issuetype', isEpicType) ?? false;
  values.priority = withinObject(record, 'fields.priority', (priority) => optionalString(priority, 'name')) ?? null;

  const status = currentStatus(record, context);
  if (status !== undefined) values.status = { category: status.category, detail: status.detail };

  const created = optionalString(record, 'fields.created') ?? optionalString(record, 'created');
  const createdMs = created === undefined ? undefined : jiraEpochMs(created, 'fields.created');
  if (createdMs !== undefined) values.createdAt = new Date(createdMs).toISOString();
  const updated = optionalString(record, 'fields.updated') ?? optionalString(record, 'updated');
  if (updated !== undefined) values.updatedAt = new Date(jiraEpochMs(updated, 'fields.updated')).toISOString();

  const names = optionalObject(record, 'names');
  const custom = within('fields', () => readIssueCustomFields(fields, names, context));
  if (custom.points !== undefined) values.points = custom.points;
  if (custom.sprintId !== undefined) values.sprint = custom.sprintId === null ? null : sprintRef(custom.sprintId);
  if (custom.sprintId) yield jiraReferenceRow('tms_Sprint', custom.sprintId);

  // Team-managed projects and newer Cloud sites put the epic in `parent`; the epic link field
  // (company-managed) says the same for older ones.
  const parent = withinObject(record, 'fields.parent', (p) => ({
    key: optionalString(p, 'key'),
    isEpic: withinObject(p, 'fields', (f) => withinObject(f, 'issuetype', isEpicType)) ?? false,
  }));
  const parentKey = parent?.key;
  const parentIsEpic = parent?.isEpic ?? false;
  const epicKey = parentIsEpic ? parentKey : custom.epicKey;
  values.parent = parentKey !== undefined && !parentIsEpic ? taskRef(parentKey) : null;
  if (parentKey !== undefined) yield jiraReferenceRow('tms_Task', parentKey);
  if (epicKey) {
    values.epic = epicRef(epicKey);
    yield jiraReferenceRow('tms_Epic', epicKey);
  } else if (epicKey === null || parentKey !== undefined) {
    values.epic = null;
  }

  // The reporter stands in for a creator the record lacks (not for one without an id).
  const creatorField = optionalObject(record, 'fields.creator') === undefined ? 'fields.reporter' : 'fields.creator';
  const creatorId = withinObject(record, creatorField, jiraUserId);
  values.creator = creatorId === undefined ? null : userRef(creatorId);
  if (creatorId !== undefined) yield jiraReferenceRow('tms_User', creatorId);

  const assigneeId = withinObject(record, 'fields.assignee', jiraUserId);
  const changelog = optionalObject(record, 'changelog');
  let assignedAt: number | undefined;
  if (changelog !== undefined && createdMs !== undefined && status !== undefined) {
    const categories = statusCategoriesById(context);
    const history = within('changelog', () =>
      issueHistory({ changelog, createdMs, current: status, assigneeId, categoryOf: (id) => categories.get(id) }),
    );
    values.statusChangelog = changelogJson(history.statusChangelog);
    values.statusChangedAt = new Date(history.statusChangedAt).toISOString();
    assignedAt = history.assignedAt;
  } else {
    // Without the changelog, Jira's own status-category change time is the best there is.
    const changed = optionalString(record, 'fields.statuscategorychangedate');
    if (changed !== undefined)
      values.statusChangedAt = new Date(jiraEpochMs(changed, 'fields.statuscategorychangedate')).toISOString();
  }
  yield row('tms_Task', values);

  if (isEpic) {
    const epic: Record<string, FarosValue> = {
      ...jiraKey(key),
      name: summary ?? null,
      description: values.description ?? null,
    };
    if (status !== undefined) epic.status = { category: status.category, detail: status.detail };
    const epicProject = projectKeyOf(record);
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

  const projectKey = projectKeyOf(record);
  if (projectKey !== undefined) {
    const projectId =
      withinObject(record, 'fields.project', (project) => optionalId(project, 'id')) ?? optionalId(record, 'projectId');
    if (projectId !== undefined) projectKeysById(context).set(projectId, projectKey);
    yield jiraReferenceRow('tms_Project', projectKey);
    yield row('tms_TaskProjectRelationship', { task, project: projectRef(projectKey) });
  }

  for (const label of new Set(optionalStrings(record, 'fields.labels'))) {
    yield referenceRow('tms_Label', { name: label });
    yield row('tms_TaskTag', { task, label: ref('tms_Label', { name: label }) });
  }

  for (const id of withinObjects(record, 'fields.fixVersions', (version) => requiredId(version, 'id'))) {
    yield jiraReferenceRow('tms_Release', id);
    yield row('tms_TaskReleaseRelationship', { task, release: releaseRef(id) });
  }

  yield* issueLinkRows(key, record);
}

/** The issue's status as a Faros status plus its Jira id, learning the id's category for changelogs. */
function currentStatus(
  issue: RecordObject,
  context: ConverterContext,
): (TaskStatus & { id: string | undefined }) | undefined {
  const categories = statusCategoriesById(context);
  // Transitions (`expand=transitions`) name the statuses the issue can move to, with categories.
  withinObjects(issue, 'transitions', (transition) =>
    withinObject(transition, 'to', (to) => {
      const id = optionalId(to, 'id');
      const category = statusCategoryOfKey(statusCategoryKey(to));
      if (id !== undefined && category !== undefined) categories.set(id, category);
    }),
  );
  return withinObject(issue, 'fields.status', (status) => {
    const detail = requiredString(status, 'name');
    const id = optionalId(status, 'id');
    const category =
      statusCategoryOfKey(statusCategoryKey(status)) ??
      (id === undefined ? undefined : categories.get(id)) ??
      statusCategoryOfName(detail);
    if (id !== undefined) categories.set(id, category);
    return { category, detail, id };
  });
}

/** True for an epic's issue type: named Epic, or at hierarchy level 1 (the epic level, whatever its name). */
function isEpicType(type: RecordObject): boolean {
  return optionalString(type, 'name')?.toLowerCase() === 'epic' || optionalNumber(type, 'hierarchyLevel') === 1;
}

/** The `statusCategory.key` of a status object. */
function statusCategoryKey(status: RecordObject): string | undefined {
  return withinObject(status, 'statusCategory', (category) => optionalString(category, 'key'));
}

function projectKeyOf(issue: RecordObject): string | undefined {
  return (
    withinObject(issue, 'fields.project', (project) => optionalString(project, 'key')) ??
    optionalString(issue, 'projectKey')
  );
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
