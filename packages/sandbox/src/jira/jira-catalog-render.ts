import type { JiraField, JiraIssueType, JiraNamedValue, JiraProject, JiraStatus, JiraVersion } from '../world/index.js';
import { stableUuid } from './jira-ids.js';
import { formatJiraDate, formatJiraTime } from './jira-time.js';
import { avatarUrls, renderUserRef } from './jira-users.js';
import type { JiraFlavor, JiraView } from './jira-view.js';

// The site's configuration as Jira renders it: statuses, issue types, priorities, resolutions,
// fields, link types, projects and versions.

/** Jira's status categories, by id. */
export const STATUS_CATEGORIES = [
  { id: 1, key: 'undefined', colorName: 'medium-gray', name: 'No Category' },
  { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  { id: 3, key: 'done', colorName: 'green', name: 'Done' },
] as const;

export function renderStatusCategory(view: JiraView, id: number): Record<string, unknown> {
  const category = STATUS_CATEGORIES.find((c) => c.id === id) ?? STATUS_CATEGORIES[0];
  return { self: `${view.base}${view.site.api}/statuscategory/${category.id}`, ...category };
}

export function renderStatus(view: JiraView, status: JiraStatus): Record<string, unknown> {
  return {
    self: `${view.base}${view.site.api}/status/${status.id}`,
    description: '',
    iconUrl: `${view.base}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: renderStatusCategory(view, status.categoryId),
  };
}

export function renderIssueType(view: JiraView, type: JiraIssueType): Record<string, unknown> {
  const avatarId = 10300 + Number(type.id) - 10000;
  return {
    self: `${view.base}${view.site.api}/issuetype/${type.id}`,
    id: type.id,
    description: `A ${type.name.toLowerCase()} of work.`,
    iconUrl: `${view.base}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${avatarId}?size=medium`,
    name: type.name,
    subtask: type.subtask,
    avatarId,
    ...(view.site.flavor === 'cloud'
      ? { entityId: stableUuid(`issuetype/${type.id}`), hierarchyLevel: type.hierarchyLevel }
      : {}),
  };
}

const PRIORITY_COLOURS = ['#d04437', '#f15C75', '#f79232', '#707070', '#999999'];

export function renderPriority(view: JiraView, priority: JiraNamedValue, full = false): Record<string, unknown> {
  const index = Number(priority.id) - 1;
  const minimal = {
    self: `${view.base}${view.site.api}/priority/${priority.id}`,
    iconUrl: `${view.base}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
    name: priority.name,
    id: priority.id,
  };
  if (!full) return minimal;
  return {
    ...minimal,
    statusColor: PRIORITY_COLOURS[index] ?? '#707070',
    description: `${priority.name} priority.`,
    ...(view.site.flavor === 'cloud' ? { isDefault: priority.name === 'Medium' } : {}),
  };
}

export function renderResolution(view: JiraView, resolution: JiraNamedValue, full = false): Record<string, unknown> {
  return {
    self: `${view.base}${view.site.api}/resolution/${resolution.id}`,
    id: resolution.id,
    description: `Work on this issue is complete: ${resolution.name}.`,
    name: resolution.name,
    // `resolution/search` marks the default; the v3 bean calls it `default`, not `isDefault`.
    ...(full && view.site.flavor === 'cloud' ? { default: resolution.name === 'Done' } : {}),
  };
}

export function renderField(field: JiraField, flavor: JiraFlavor = 'cloud'): Record<string, unknown> {
  // Data Center's development plugin names the summary field's type `devsummary` (Cloud: `devsummarycf`).
  const schema =
    flavor === 'dataCenter' && field.schema?.custom?.endsWith(':devsummarycf')
      ? { ...field.schema, custom: field.schema.custom.slice(0, -2) }
      : field.schema;
  return {
    id: field.id,
    key: field.key,
    name: field.name,
    custom: field.custom,
    orderable: field.orderable,
    navigable: field.navigable,
    searchable: field.searchable,
    clauseNames: field.clauseNames,
    ...(schema === null ? {} : { schema }),
  };
}

const LINK_TYPES = [
  ['10000', 'Blocks', 'is blocked by', 'blocks'],
  ['10001', 'Cloners', 'is cloned by', 'clones'],
  ['10002', 'Duplicate', 'is duplicated by', 'duplicates'],
  ['10003', 'Relates', 'relates to', 'relates to'],
] as const;

export function renderIssueLinkTypes(view: JiraView): Record<string, unknown> {
  return {
    issueLinkTypes: LINK_TYPES.map(([id, name, inward, outward]) => ({
      id,
      name,
      inward,
      outward,
      self: `${view.base}${view.site.api}/issueLinkType/${id}`,
    })),
  };
}

/** A project as nested in an issue (`fields.project`). */
export function renderProjectRef(view: JiraView, project: JiraProject): Record<string, unknown> {
  return {
    self: `${view.base}${view.site.api}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    ...(view.site.flavor === 'cloud' ? { simplified: project.style === 'next-gen' } : {}),
    avatarUrls: avatarUrls(view.base, `/secure/projectavatar?pid=${project.id}`),
  };
}

/** The expansions a project listing honours. */
const PROJECT_EXPANSIONS = ['description', 'lead', 'issueTypes', 'url', 'projectKeys', 'permissions', 'insight'];

/** A project as `project/search`, `project` and `project/{key}` render it, with the asked expansions. */
export function renderProject(
  view: JiraView,
  project: JiraProject,
  expand: ReadonlySet<string>,
): Record<string, unknown> {
  const { jira } = view.site.world;
  const cloud = view.site.flavor === 'cloud';
  const issues = jira.issues.group(project.id);
  const lastUpdate = issues.reduce((latest, i) => Math.max(latest, i.updated), project.createdAt);
  return {
    expand: PROJECT_EXPANSIONS.join(','),
    self: `${view.base}${view.site.api}/project/${project.id}`,
    id: project.id,
    key: project.key,
    ...(expand.has('description') ? { description: project.description } : {}),
    ...(expand.has('lead') ? { lead: renderUserRef(view, project.leadAccountId) } : {}),
    ...(expand.has('issueTypes')
      ? { issueTypes: [...jira.issueTypes.values()].map((t) => renderIssueType(view, t)) }
      : {}),
    name: project.name,
    avatarUrls: avatarUrls(view.base, `/secure/projectavatar?pid=${project.id}`),
    projectTypeKey: project.projectTypeKey,
    ...(cloud
      ? {
          simplified: project.style === 'next-gen',
          style: project.style,
          isPrivate: false,
          properties: {},
          uuid: stableUuid(`project-uuid/${project.id}`),
        }
      : { archived: false }),
    ...(cloud && expand.has('permissions') ? { permissions: { canEdit: true } } : {}),
    ...(cloud && expand.has('insight')
      ? { insight: { totalIssueCount: issues.length, lastIssueUpdateTime: formatJiraTime(lastUpdate) } }
      : {}),
  };
}

/** `d/MMM/yy`, the user-facing date format Jira adds to versions. */
const userDate = (ms: number): string => {
  const d = new Date(ms);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${d.getUTCDate()}/${month}/${String(d.getUTCFullYear()).slice(2)}`;
};

export function renderVersion(view: JiraView, version: JiraVersion): Record<string, unknown> {
  const now = view.site.world.clock.now();
  return {
    self: `${view.base}${view.site.api}/version/${version.id}`,
    id: version.id,
    description: version.description,
    name: version.name,
    archived: version.archived,
    released: version.released,
    ...(version.startDate === null
      ? {}
      : { startDate: formatJiraDate(version.startDate), userStartDate: userDate(version.startDate) }),
    ...(version.releaseDate === null
      ? {}
      : {
          releaseDate: formatJiraDate(version.releaseDate),
          userReleaseDate: userDate(version.releaseDate),
          overdue: !version.released && version.releaseDate < now,
        }),
    projectId: Number(version.projectId),
  };
}
