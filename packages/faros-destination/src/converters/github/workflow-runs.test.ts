import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow } from '../converter-test-kit.js';
import { workflowJobsConverter } from './workflow-jobs.js';
import { workflowRunsConverter } from './workflow-runs.js';
import { workflowsConverter } from './workflows.js';

const cicdOrg = ref('cicd_Organization', { source: 'GitHub', uid: 'acme' });
const pipeline = ref('cicd_Pipeline', { organization: cicdOrg, uid: 'web/CI' });
const build = ref('cicd_Build', { pipeline, uid: '5501' });
const run = {
  id: 5501,
  name: 'CI',
  display_title: 'Add login',
  run_number: 311,
  run_attempt: 2,
  status: 'completed',
  conclusion: 'failure',
  head_sha: 'ABC123',
  html_url: 'https://github.com/Acme/Web/actions/runs/5501',
  created_at: '2024-02-01T09:01:00Z',
  run_started_at: '2024-02-01T09:01:05Z',
  updated_at: '2024-02-01T09:09:30Z',
  repository: { full_name: 'Acme/Web' },
};

describe('workflows, workflow_runs and workflow_jobs', () => {
  it('puts a run under its workflow pipeline with status category, number, attempt and times', () => {
    const rows = convert(workflowRunsConverter, run);
    expect(onlyRow(rows, 'cicd_Build').values).toEqual({
      pipeline,
      uid: '5501',
      name: 'Add login',
      number: 311,
      runAttempt: 2,
      status: { category: 'Failed', detail: 'failure' },
      url: 'https://github.com/Acme/Web/actions/runs/5501',
      createdAt: '2024-02-01T09:01:00.000Z',
      startedAt: '2024-02-01T09:01:05.000Z',
      endedAt: '2024-02-01T09:09:30.000Z',
    });
    const repo = ref('vcs_Repository', {
      organization: ref('vcs_Organization', { source: 'GitHub', uid: 'acme' }),
      uid: 'web',
    });
    expect(onlyRow(rows, 'cicd_BuildCommitAssociation').values).toEqual({
      build,
      commit: ref('vcs_Commit', { repository: repo, uid: 'abc123' }),
    });
  });

  it('leaves a running run without an end, Running, and accepts the repository as a string', () => {
    const rows = convert(workflowRunsConverter, {
      ...run,
      status: 'in_progress',
      conclusion: null,
      head_sha: null,
      repository: 'Acme/Web',
    });
    const values = onlyRow(rows, 'cicd_Build').values;
    expect(values.status).toEqual({ category: 'Running', detail: 'in_progress' });
    expect(values.endedAt).toBeNull();
    expect(values.pipeline).toEqual(pipeline);
    expect(rows.filter((r) => r.model === 'cicd_BuildCommitAssociation')).toEqual([]);
  });

  it.each([
    ['completed', 'success', 'Success'],
    ['completed', 'cancelled', 'Canceled'],
    ['completed', 'skipped', 'Canceled'],
    ['completed', 'timed_out', 'Failed'],
    ['completed', 'neutral', 'Custom'],
    ['queued', null, 'Queued'],
  ])('status %s / conclusion %s is %s', (status, conclusion, category) => {
    const rows = convert(workflowRunsConverter, { ...run, status, conclusion });
    expect((onlyRow(rows, 'cicd_Build').values.status as { category: string }).category).toBe(category);
  });

  it("hangs a job's build step on the same build and pipeline the run and the workflow write", () => {
    const job = {
      id: 66001,
      run_id: 5501,
      workflow_name: 'CI',
      name: 'test',
      status: 'completed',
      conclusion: 'success',
      created_at: '2024-02-01T09:01:00Z',
      started_at: '2024-02-01T09:01:10Z',
      completed_at: '2024-02-01T09:05:00Z',
      html_url: null,
      repository: 'acme/web',
    };
    const step = onlyRow(convert(workflowJobsConverter, job), 'cicd_BuildStep').values;
    expect(step).toEqual({
      build,
      uid: '66001',
      name: 'test',
      type: { category: 'Custom', detail: 'job' },
      status: { category: 'Success', detail: 'success' },
      createdAt: '2024-02-01T09:01:00.000Z',
      startedAt: '2024-02-01T09:01:10.000Z',
      endedAt: '2024-02-01T09:05:00.000Z',
    });
    const workflow = onlyRow(
      convert(workflowsConverter, {
        id: 161,
        name: 'CI',
        path: '.github/workflows/ci.yml',
        repository: 'Acme/Web',
      }),
      'cicd_Pipeline',
    ).values;
    expect(workflow).toEqual({ ...pipeline.key, name: 'Web/CI', description: '.github/workflows/ci.yml' });
  });

  it('rejects a job without its workflow name, naming the field', () => {
    expect(() => convert(workflowJobsConverter, { id: 1, run_id: 2, repository: 'a/b' })).toThrow(/workflow_name/);
  });
});
