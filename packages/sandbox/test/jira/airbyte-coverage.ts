import { readFileSync } from 'node:fs';

// Which fields of Airbyte's Jira stream schemas the simulators never fill. Each stream's records are
// taken from the fidelity test's answers (by route key); a field counts as covered when some record
// has a non-null value at it (top level, and one level down where the schema names sub-properties).

type Json = Record<string, unknown>;

const records = (body: unknown, key?: string): Json[] => {
  const list = key === undefined ? body : (body as Json | undefined)?.[key];
  return Array.isArray(list) ? (list as Json[]) : [];
};

const at = (bodies: ReadonlyMap<string, unknown>, route: string): unknown => bodies.get(route);

/** The records of each stream, from the answers. */
function streamRecords(bodies: ReadonlyMap<string, unknown>): Record<string, Json[]> {
  const issues = [
    ...records(at(bodies, 'cloud GET /rest/api/3/search/jql'), 'issues'),
    at(bodies, 'cloud GET /rest/api/3/issue/{issueIdOrKey}') as Json,
  ].filter(Boolean);
  return {
    issues,
    issue_changelogs: records(at(bodies, 'cloud GET /rest/api/3/issue/{issueIdOrKey}/changelog'), 'values'),
    issue_comments: records(at(bodies, 'cloud GET /rest/api/3/issue/{issueIdOrKey}/comment'), 'comments'),
    issue_worklogs: records(at(bodies, 'cloud GET /rest/api/3/issue/{issueIdOrKey}/worklog'), 'worklogs'),
    projects: records(at(bodies, 'cloud GET /rest/api/3/project/search'), 'values'),
    users: [
      ...records(at(bodies, 'cloud GET /rest/api/3/users/search')),
      at(bodies, 'cloud GET /rest/api/3/myself') as Json,
    ],
    issue_fields: records(at(bodies, 'cloud GET /rest/api/3/field')),
    issue_link_types: records(at(bodies, 'cloud GET /rest/api/3/issueLinkType'), 'issueLinkTypes'),
    project_versions: records(at(bodies, 'cloud GET /rest/api/3/project/{projectIdOrKey}/version'), 'values'),
    boards: records(at(bodies, 'cloud GET /rest/agile/1.0/board'), 'values'),
    sprints: records(at(bodies, 'cloud GET /rest/agile/1.0/board/{boardId}/sprint'), 'values'),
    board_issues: records(at(bodies, 'cloud GET /rest/agile/1.0/board/{boardId}/issue'), 'issues'),
    sprint_issues: [
      ...records(at(bodies, 'cloud GET /rest/agile/1.0/sprint/{sprintId}/issue'), 'issues'),
      ...records(at(bodies, 'cloud GET /rest/agile/1.0/sprint/{sprintId}/issue#epic'), 'issues'),
    ],
    issue_types: records(at(bodies, 'cloud GET /rest/api/3/issuetype')),
    issue_priorities: records(at(bodies, 'cloud GET /rest/api/3/priority/search'), 'values'),
    issue_resolutions: records(at(bodies, 'cloud GET /rest/api/3/resolution/search'), 'values'),
    workflow_statuses: records(at(bodies, 'cloud GET /rest/api/3/status')),
    workflow_status_categories: records(at(bodies, 'cloud GET /rest/api/3/statuscategory')),
  };
}

const AIRBYTE_ADDED = 'added by the Airbyte connector, not by the API';
const NOT_SIMULATED = 'a Jira feature the simulated site does not use';

/** Fields not covered, with why. `*` stands for any stream. */
export const COVERAGE_ALLOW_LIST: Readonly<Record<string, string>> = {
  '*.properties': 'entity properties: only with expand=properties, which sources do not ask for',
  'issues.projectId': AIRBYTE_ADDED,
  'issues.projectKey': AIRBYTE_ADDED,
  'issues.created': AIRBYTE_ADDED,
  'issues.updated': AIRBYTE_ADDED,
  'issues.operations': 'expand=operations (UI links) is not simulated',
  'issues.editmeta': 'expand=editmeta (edit screens) is not simulated',
  'issues.versionedRepresentations': 'expand=versionedRepresentations is not simulated',
  'issues.fieldsToInclude': 'internal member of Jira answers, absent from real responses',
  'issues.fields.timeestimate': 'the site keeps no estimates (null, as on a site without time tracking estimates)',
  'issues.fields.timeoriginalestimate': 'no estimates',
  'issues.fields.aggregatetimeestimate': 'no estimates',
  'issues.fields.aggregatetimeoriginalestimate': 'no estimates',
  'issues.fields.environment': NOT_SIMULATED,
  'issues.fields.lastViewed': 'the API user has viewed no issue in a browser',
  'issues.fields.security': 'no issue security schemes',
  'issues.renderedFields.*':
    'rendered HTML is given for description and dates only; Airbyte drops empty rendered fields',
  'issue_changelogs.issueId': AIRBYTE_ADDED,
  'issue_changelogs.updated': AIRBYTE_ADDED,
  'issue_comments.issueId': AIRBYTE_ADDED,
  'issue_comments.renderedBody': 'only with expand=renderedBody',
  'issue_comments.visibility': 'no restricted comments',
  'issue_worklogs.visibility': 'no restricted worklogs',
  'issue_worklogs.author.name': 'Cloud users have no name (Data Center field)',
  'issue_worklogs.author.key': 'Cloud users have no key (Data Center field)',
  'issue_worklogs.updateAuthor.name': 'Cloud users have no name (Data Center field)',
  'issue_worklogs.updateAuthor.key': 'Cloud users have no key (Data Center field)',
  'projects.components': 'only in GET project, and the site has no components',
  'projects.entityId': 'not in the v3 description (Project), so the simulator leaves it out',
  'projects.url': NOT_SIMULATED,
  'projects.email': NOT_SIMULATED,
  'projects.assigneeType': 'only in GET project',
  'projects.versions': 'only in GET project',
  'projects.roles': 'only in GET project',
  'projects.projectCategory': 'no project categories',
  'projects.favourite': 'only with expand=favourite',
  'projects.issueTypeHierarchy': 'only with expand=issueTypeHierarchy',
  'projects.deleted': 'only for trashed projects (status=deleted)',
  'projects.retentionTillDate': 'only for trashed projects',
  'projects.deletedDate': 'only for trashed projects',
  'projects.deletedBy': 'only for trashed projects',
  'projects.archived': 'only for archived projects',
  'projects.archivedDate': 'only for archived projects',
  'projects.archivedBy': 'only for archived projects',
  'users.key': 'Cloud users have no key (Data Center field)',
  'users.name': 'Cloud users have no name (Data Center field)',
  'users.groups.pagingCallback': 'internal member, never filled by Jira',
  'users.groups.callback': 'internal member, never filled by Jira',
  'users.groups.max-results': 'internal member, never filled by Jira',
  'users.applicationRoles.pagingCallback': 'internal member, never filled by Jira',
  'users.applicationRoles.callback': 'internal member, never filled by Jira',
  'users.applicationRoles.max-results': 'internal member, never filled by Jira',
  'issue_fields.scope': 'only team-managed (project-scoped) fields have a scope',
  'issue_fields.untranslatedName': 'not in the v3 description (FieldDetails)',
  'issue_fields.schema.configuration': 'only for configurable custom fields',
  'project_versions.expand': 'only with expand=…',
  'project_versions.project': 'deprecated key member, absent on Cloud',
  'project_versions.moveUnfixedIssuesTo': 'only when releasing',
  'project_versions.operations': 'only with expand=operations',
  'project_versions.issuesStatusForFixVersion': 'only with expand=issuesstatus',
  'boards.projectId': AIRBYTE_ADDED,
  'boards.projectKey': AIRBYTE_ADDED,
  'boards.location.userId': 'boards located in a project, not a user',
  'boards.location.userAccountId': 'boards located in a project, not a user',
  'sprints.boardId': AIRBYTE_ADDED,
  'board_issues.boardId': AIRBYTE_ADDED,
  'board_issues.created': AIRBYTE_ADDED,
  'board_issues.updated': AIRBYTE_ADDED,
  'board_issues.fields.flagged': 'false is non-null; listed for kanban issues with no sprint',
  'sprint_issues.issueId': AIRBYTE_ADDED,
  'sprint_issues.sprintId': AIRBYTE_ADDED,
  'sprint_issues.created': AIRBYTE_ADDED,
  'sprint_issues.updated': AIRBYTE_ADDED,
  'issue_resolutions.isDefault': 'the v3 ResolutionJsonBean names it `default` (filled)',
  'issue_types.scope': 'only team-managed issue types have a scope',
  'issue_types.untranslatedName': 'not in the v3 description (IssueTypeDetails)',
  'workflow_statuses.scope': 'only team-managed statuses have a scope',
  'workflow_statuses.untranslatedName': 'not in the v3 description (StatusDetails)',
};

const isCovered = (list: readonly Json[], path: readonly string[]): boolean =>
  list.some((record) => {
    let value: unknown = record;
    for (const part of path) value = (value as Json | null | undefined)?.[part];
    return value !== null && value !== undefined;
  });

const allowed = (stream: string, path: string): boolean =>
  path in COVERAGE_ALLOW_LIST ||
  `${stream}.${path}` in COVERAGE_ALLOW_LIST ||
  `*.${path}` in COVERAGE_ALLOW_LIST ||
  `${stream}.${path.split('.')[0]}.*` in COVERAGE_ALLOW_LIST;

/** `stream.path` of every schema field no record fills and the allow-list does not explain. */
export function airbyteCoverageGaps(schemaDir: string, bodies: ReadonlyMap<string, unknown>): string[] {
  const gaps: string[] = [];
  for (const [stream, list] of Object.entries(streamRecords(bodies))) {
    const schema = JSON.parse(readFileSync(`${schemaDir}${stream}.json`, 'utf8')) as {
      properties?: Record<string, Json>;
    };
    if (list.length === 0) gaps.push(`${stream}: no records`);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const nested = property.properties as Record<string, unknown> | undefined;
      const paths = nested && isCovered(list, [name]) ? Object.keys(nested).map((n) => [name, n]) : [[name]];
      for (const path of paths) {
        if (!isCovered(list, path) && !allowed(stream, `${stream}.${path.join('.')}`.slice(stream.length + 1))) {
          gaps.push(`${stream}.${path.join('.')}`);
        }
      }
    }
  }
  return gaps;
}
