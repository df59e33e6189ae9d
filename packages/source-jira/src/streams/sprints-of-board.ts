import type { ErrorClassifier } from '@faros-ce/sdk';
import { jiraClassifier } from '../client/jira-classifier.js';
import type { JiraClient } from '../client/jira-client.js';
import { jiraItems } from '../client/jira-pages.js';
import type { JiraRecord } from '../jira-context.js';

// Kanban boards answer 400 "The board does not support sprints"; a deleted board 404.
const noSprints: ErrorClassifier = (outcome, context) =>
  outcome.kind === 'response' && (outcome.response.status === 400 || outcome.response.status === 404)
    ? { action: 'ignore' }
    : jiraClassifier(outcome, context);

/** Every sprint of a board (none for a board without sprints). */
export function sprintsOfBoard(client: JiraClient, boardId: number, signal?: AbortSignal): AsyncGenerator<JiraRecord> {
  return jiraItems(
    client,
    { url: `/rest/agile/1.0/board/${boardId}/sprint`, signal, classify: noSprints },
    { kind: 'values' },
    50,
  );
}
