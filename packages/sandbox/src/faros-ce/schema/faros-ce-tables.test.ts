import { describe, expect, it } from 'vitest';
import { farosCeTableSql, orderByReferences } from './faros-ce-schema-sql.js';
import { farosCeTables, findFarosCeTable } from './faros-ce-tables.js';

// The CE tables the GitHub, Jira and Jenkins converters write (faros-ce.md §3).
const written = {
  github: [
    'vcs_Organization',
    'vcs_Repository',
    'vcs_User',
    'vcs_UserEmail',
    'vcs_Membership',
    'vcs_Branch',
    'vcs_Commit',
    'vcs_BranchCommitAssociation',
    'vcs_PullRequest',
    'vcs_PullRequestReview',
    'vcs_PullRequestReviewRequest',
    'vcs_PullRequestComment',
    'vcs_PullRequestCommit',
    'vcs_PullRequestLabel',
    'vcs_Label',
    'vcs_File',
    'vcs_Tag',
    'vcs_Team',
    'vcs_TeamMembership',
    'vcs_OrganizationTool',
    'vcs_UserTool',
    'vcs_UserToolUsage',
    'cicd_Organization',
    'cicd_Pipeline',
    'cicd_Build',
    'cicd_BuildStep',
    'cicd_BuildCommitAssociation',
    'cicd_Repository',
    'cicd_Artifact',
    'cicd_ArtifactCommitAssociation',
    'cicd_ArtifactDeployment',
    'cicd_Deployment',
    'cicd_Release',
    'cicd_ReleaseTagAssociation',
    'compute_Application',
    'tms_Task',
    'tms_TaskAssignment',
    'tms_TaskTag',
    'tms_Label',
    'tms_Epic',
    'tms_Project',
    'tms_TaskBoard',
    'tms_TaskBoardProjectRelationship',
    'tms_TaskBoardRelationship',
    'tms_TaskProjectRelationship',
    'tms_User',
    'qa_CodeQuality',
    'faros_MetricDefinition',
    'faros_MetricValue',
    'faros_MetricValueTag',
    'faros_Tag',
  ],
  jira: [
    'tms_Task',
    'tms_Project',
    'tms_TaskBoard',
    'tms_TaskBoardProjectRelationship',
    'tms_TaskBoardRelationship',
    'tms_TaskProjectRelationship',
    'tms_Epic',
    'tms_Sprint',
    'tms_Release',
    'tms_ProjectReleaseRelationship',
    'tms_TaskReleaseRelationship',
    'tms_TaskAssignment',
    'tms_TaskDependency',
    'tms_TaskTag',
    'tms_Label',
    'tms_User',
    'tms_TaskPullRequestAssociation',
  ],
  jenkins: ['cicd_Organization', 'cicd_Pipeline', 'cicd_Build', 'cicd_BuildCommitAssociation', 'vcs_Commit'],
};

describe('farosCeTables', () => {
  it('defines every table the converters write, and every table those reference', () => {
    const missing = Object.values(written)
      .flat()
      .filter((name) => findFarosCeTable(name) === undefined);
    expect(missing).toEqual([]);
    const dangling = farosCeTables.flatMap((t) =>
      t.columns
        .filter((c) => c.references !== undefined && !findFarosCeTable(c.references))
        .map((c) => `${t.name}.${c.name}`),
    );
    expect(dangling).toEqual([]);
    expect(new Set(farosCeTables.map((t) => t.name)).size).toBe(86);
  });

  it('creates parents before children, with index names Postgres keeps whole', () => {
    const order = orderByReferences(farosCeTables).map((t) => t.name);
    for (const table of farosCeTables) {
      for (const column of table.columns) {
        if (column.references !== undefined && column.references !== table.name) {
          expect(order.indexOf(column.references), `${table.name}.${column.name}`).toBeLessThan(
            order.indexOf(table.name),
          );
        }
      }
    }
    const names = farosCeTables.flatMap((t) =>
      [...farosCeTableSql(t).matchAll(/CREATE INDEX "([^"]+)"/g)].map((m) => m[1] ?? ''),
    );
    expect(names.length).toBeGreaterThan(300);
    expect(names.filter((name) => name.length > 63)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    const pr = findFarosCeTable('vcs_PullRequest');
    expect(pr && farosCeTableSql(pr)).toContain('"id" text GENERATED ALWAYS AS (pkey("repository", "uid")) STORED');
  });
});
