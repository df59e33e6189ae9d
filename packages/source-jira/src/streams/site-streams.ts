import type { JiraRecord } from '../jira-context.js';
import {
  issueFieldsSchema,
  issuePrioritiesSchema,
  issueResolutionsSchema,
  issueTypesSchema,
  labelsSchema,
  usersSchema,
} from '../schemas/site-schemas.js';
import type { ListStreamDefinition } from './list-stream.js';

const single = { kind: 'single' } as const;
const values = { kind: 'values' } as const;

/** `issue_fields`: `GET /field`, not paged; the run's one answer is shared with the story-point lookup. */
export const issueFields: ListStreamDefinition = {
  name: 'issue_fields',
  jsonSchema: issueFieldsSchema,
  primaryKey: [['id']],
  cloud: { request: (c) => ({ url: `${c.api}/field` }), paging: single },
  dataCenter: { request: (c) => ({ url: `${c.api}/field` }), paging: single },
  shared: (jira) => jira.fields(),
};

/** `issue_types`: `GET /issuetype`, not paged. */
export const issueTypes: ListStreamDefinition = {
  name: 'issue_types',
  jsonSchema: issueTypesSchema,
  primaryKey: [['id']],
  cloud: { request: (c) => ({ url: `${c.api}/issuetype` }), paging: single },
  dataCenter: { request: (c) => ({ url: `${c.api}/issuetype` }), paging: single },
};

/** `issue_priorities`: Cloud's paged `/priority/search`, Data Center's `/priority`. */
export const issuePriorities: ListStreamDefinition = {
  name: 'issue_priorities',
  jsonSchema: issuePrioritiesSchema,
  primaryKey: [['id']],
  cloud: { request: (c) => ({ url: `${c.api}/priority/search` }), paging: values },
  dataCenter: { request: (c) => ({ url: `${c.api}/priority` }), paging: single },
};

/** `issue_resolutions`: Cloud's paged `/resolution/search`, Data Center's `/resolution`. */
export const issueResolutions: ListStreamDefinition = {
  name: 'issue_resolutions',
  jsonSchema: issueResolutionsSchema,
  primaryKey: [['id']],
  cloud: { request: (c) => ({ url: `${c.api}/resolution/search` }), paging: values },
  dataCenter: { request: (c) => ({ url: `${c.api}/resolution` }), paging: single },
};

/** `labels`: Cloud's `/label` (strings); Data Center has no label list. */
export const labels: ListStreamDefinition = {
  name: 'labels',
  jsonSchema: labelsSchema,
  primaryKey: [['label']],
  cloud: { request: (c) => ({ url: `${c.api}/label` }), paging: values },
  toRecord: (item) => ({ label: String(item) }),
};

/**
 * `users`: Cloud's `/users/search`; Data Center's `/user/search?username=.` (every user), whose
 * users have no `accountId`: their `key` stands in, so the primary key holds on both.
 */
export const users: ListStreamDefinition = {
  name: 'users',
  jsonSchema: usersSchema,
  primaryKey: [['accountId']],
  cloud: { request: (c) => ({ url: `${c.api}/users/search` }), paging: { kind: 'array' } },
  dataCenter: {
    request: (c) => ({ url: `${c.api}/user/search`, params: { username: '.', includeInactive: true } }),
    paging: { kind: 'array' },
  },
  toRecord: (item) => {
    const user = item as JiraRecord;
    return user.accountId === undefined && user.key !== undefined ? { ...user, accountId: String(user.key) } : user;
  },
};
