import { type FarosRef, type FarosRow, ref, referenceRow } from '../../models/faros-row.js';
import { GITHUB_SOURCE, type RepoName, repoSlug } from './github-keys.js';

/** The `tms_User` of a GitHub login (issue creators and assignees). */
export function tmsUserRef(login: string): FarosRef {
  return ref('tms_User', { source: GITHUB_SOURCE, uid: login });
}

export function tmsUserReferenceRow(login: string): FarosRow {
  return referenceRow('tms_User', tmsUserRef(login).key);
}

/** The task board of a repository's issues (uid `owner/name`, lower-cased). */
export function taskBoardRef(repo: RepoName): FarosRef {
  return ref('tms_TaskBoard', { source: GITHUB_SOURCE, uid: repoSlug(repo) });
}

/** The project of a repository's issues (uid `owner/name`, lower-cased). */
export function taskProjectRef(repo: RepoName): FarosRef {
  return ref('tms_Project', { source: GITHUB_SOURCE, uid: repoSlug(repo) });
}

/** The task of a GitHub issue: uid `owner/name#number`, lower-cased repository. */
export function issueTaskRef(repo: RepoName, number: number): FarosRef {
  return ref('tms_Task', { source: GITHUB_SOURCE, uid: `${repoSlug(repo)}#${number}` });
}

/** The epic of a milestone: uid the milestone's id, which `issues.milestone.id` also carries. */
export function milestoneEpicRef(milestoneId: number): FarosRef {
  return ref('tms_Epic', { source: GITHUB_SOURCE, uid: String(milestoneId) });
}

export function tmsLabelRef(name: string): FarosRef {
  return ref('tms_Label', { name });
}

/** The `tms_Task` a Jira issue key names, keyed as the Jira converters key it. */
export function jiraTaskRef(key: string): FarosRef {
  return ref('tms_Task', { source: 'Jira', uid: key });
}
