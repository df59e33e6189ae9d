import { JIRA_FIELDS, JIRA_ISSUE_TYPES, JIRA_PRIORITIES, JIRA_RESOLUTIONS, JIRA_STATUSES } from './jira-catalog.js';
import type {
  JiraBoard,
  JiraField,
  JiraIssue,
  JiraIssueType,
  JiraNamedValue,
  JiraProject,
  JiraSprint,
  JiraStatus,
  JiraUser,
  JiraVersion,
} from './jira-types.js';
import type { Mutable } from './mutable.js';
import { Sequence } from './sequence.js';
import { FlatTable } from './table.js';
import type { JiraData } from './world-types.js';

/** The Jira site's storage, counters and indexes; the world's `jira` data. */
export class JiraStore implements JiraData {
  readonly users = new FlatTable<JiraUser>((u) => u.accountId);
  readonly statuses = new FlatTable<JiraStatus>((s) => s.id);
  readonly issueTypes = new FlatTable<JiraIssueType>((t) => t.id);
  readonly priorities = new FlatTable<JiraNamedValue>((p) => p.id);
  readonly resolutions = new FlatTable<JiraNamedValue>((r) => r.id);
  readonly fields = new FlatTable<JiraField>((f) => f.id);
  readonly projects = new FlatTable<Mutable<JiraProject>>((p) => p.key, { idOf: (p) => p.id });
  readonly boards = new FlatTable<Mutable<JiraBoard>>((b) => String(b.id), {
    idOf: (b) => b.id,
    groupOf: (b) => b.projectId,
  });
  readonly sprints = new FlatTable<Mutable<JiraSprint>>((s) => String(s.id), {
    idOf: (s) => s.id,
    groupOf: (s) => String(s.boardId),
  });
  readonly versions = new FlatTable<Mutable<JiraVersion>>((v) => v.id, {
    idOf: (v) => v.id,
    groupOf: (v) => v.projectId,
  });
  readonly issues = new FlatTable<Mutable<JiraIssue>>((i) => i.key, { idOf: (i) => i.id, groupOf: (i) => i.projectId });

  /** Old key -> issue id, for moved issues. */
  readonly keyAliases = new Map<string, string>();
  /** Next issue number per project id. */
  readonly nextIssueNumber = new Map<string, number>();
  readonly issueIds = new Sequence(10_000);
  readonly changelogIds = new Sequence(10_000);
  readonly projectIds = new Sequence(10_000);
  readonly versionIds = new Sequence(10_000);
  readonly boardIds = new Sequence(1);
  readonly sprintIds = new Sequence(1);
  /** Account id of the automation app user that makes some changes. */
  automationAccountId = '';

  constructor() {
    for (const s of Object.values(JIRA_STATUSES)) this.statuses.insert(s);
    for (const t of Object.values(JIRA_ISSUE_TYPES)) this.issueTypes.insert(t);
    for (const p of JIRA_PRIORITIES) this.priorities.insert(p);
    for (const r of Object.values(JIRA_RESOLUTIONS)) this.resolutions.insert(r);
    for (const f of JIRA_FIELDS) this.fields.insert(f);
  }

  resolveIssueKey(key: string): JiraIssue | undefined {
    const direct = this.issues.get(key);
    if (direct) return direct;
    const id = this.keyAliases.get(key);
    return id === undefined ? undefined : this.issues.byId(id);
  }

  /** The scrum board of a project, if it has one. */
  scrumBoardOf(projectId: string): Mutable<JiraBoard> | undefined {
    return this.boards.group(projectId).find((b) => b.type === 'scrum');
  }
}
