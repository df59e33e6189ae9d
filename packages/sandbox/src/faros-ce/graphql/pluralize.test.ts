import { describe, expect, test } from 'vitest';
import { pluralize } from './pluralize.js';
import { type ReferenceSchema, readFarosCeReference } from './testing/faros-ce-reference.js';

describe('pluralize', () => {
  test.each([
    ['vcs_PullRequest', 'vcs_PullRequests'],
    ['vcs_Repository', 'vcs_Repositories'],
    ['vcs_Branch', 'vcs_Branches'],
    ['qa_CodeQuality', 'qa_CodeQualities'],
    ['tms_TaskDependency', 'tms_TaskDependencies'],
    ['ims_IncidentTasks', 'ims_IncidentTasks'],
    ['cicd_Build', 'cicd_Builds'],
    ['status', 'statuses'],
    ['box', 'boxes'],
    ['day', 'days'],
  ])('%s → %s', (singular, plural) => {
    expect(pluralize(singular)).toBe(plural);
  });

  const reference = readFarosCeReference<ReferenceSchema>(
    'schema.json',
    'pluralize against CE array relationship names',
  );
  test.skipIf(!reference)("agrees with every array relationship name CE's init derives", () => {
    const pairs = (reference?.tables ?? []).flatMap((table) =>
      table.hasura.array_relationships
        .filter((rel) => !/By[A-Z]/.test(rel.name))
        .map((rel) => [rel.remote_table, rel.name] as const),
    );
    expect(pairs.length).toBeGreaterThan(60);
    for (const [table, name] of pairs) expect(pluralize(table), table).toBe(name);
  });
});
