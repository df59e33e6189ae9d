import type { JiraIssue, JiraProject } from '../world/index.js';
import { issueNotFound, JiraError } from './jira-error.js';
import type { JiraView } from './jira-view.js';

/** The issue with this id or key (old keys of moved issues resolve, as on Jira); 404 otherwise. */
export function findIssue(view: JiraView, idOrKey: string): JiraIssue {
  const { jira } = view.site.world;
  const issue = /^\d+$/.test(idOrKey) ? jira.issues.byId(idOrKey) : jira.resolveIssueKey(idOrKey.toUpperCase());
  if (!issue) throw issueNotFound();
  return issue;
}

/** The project with this id or key; Jira's 404 otherwise. */
export function findProject(view: JiraView, idOrKey: string): JiraProject {
  const { jira } = view.site.world;
  const project = /^\d+$/.test(idOrKey) ? jira.projects.byId(idOrKey) : jira.projects.get(idOrKey.toUpperCase());
  if (!project) throw new JiraError(404, [`No project could be found with key '${idOrKey}'.`]);
  return project;
}
