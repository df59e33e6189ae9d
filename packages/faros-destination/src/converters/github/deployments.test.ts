import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow } from '../converter-test-kit.js';
import { deploymentsConverter } from './deployments.js';

const deployment = ref('cicd_Deployment', { source: 'GitHub', uid: '3301' });
const application = ref('compute_Application', { uid: 'acme/web' });
const record = {
  id: 3301,
  environment: 'production',
  original_environment: 'production',
  production_environment: true,
  created_at: '2024-02-04T11:00:00Z',
  updated_at: '2024-02-04T11:06:00Z',
  sha: 'ABC123',
  repository: 'Acme/Web',
  statuses: [
    { state: 'in_progress', created_at: '2024-02-04T11:01:00Z' },
    { state: 'inactive', created_at: '2024-02-05T09:00:00Z' },
    { state: 'success', created_at: '2024-02-04T11:06:00Z' },
  ],
};

describe('deployments', () => {
  it('writes the deployment with its environment, last real outcome (past the later inactive) and application', () => {
    const rows = convert(deploymentsConverter, record);
    expect(onlyRow(rows, 'cicd_Deployment').values).toEqual({
      ...deployment.key,
      env: { category: 'Prod', detail: 'production' },
      status: { category: 'Success', detail: 'success' },
      startedAt: '2024-02-04T11:00:00.000Z',
      endedAt: '2024-02-04T11:06:00.000Z',
      application,
    });
    expect(onlyRow(rows, 'compute_Application').values).toEqual({ uid: 'acme/web', name: 'Web', platform: 'GitHub' });
  });

  it('links the deployed sha as an artifact to its commit and to the deployment (the DORA lead-time chain)', () => {
    const rows = convert(deploymentsConverter, record);
    const cicdRepo = ref('cicd_Repository', {
      organization: ref('cicd_Organization', { source: 'GitHub', uid: 'acme' }),
      uid: 'web',
    });
    const artifact = ref('cicd_Artifact', { repository: cicdRepo, uid: 'abc123' });
    const commit = ref('vcs_Commit', {
      repository: ref('vcs_Repository', {
        organization: ref('vcs_Organization', { source: 'GitHub', uid: 'acme' }),
        uid: 'web',
      }),
      uid: 'abc123',
    });
    expect(onlyRow(rows, 'cicd_ArtifactCommitAssociation').values).toEqual({ artifact, commit });
    expect(onlyRow(rows, 'cicd_ArtifactDeployment').values).toEqual({ artifact, deployment });
    expect(onlyRow(rows, 'cicd_DeploymentChangeset').values).toEqual({ deployment, commit });
  });

  it.each([
    ['us-east-staging', 'Staging'],
    ['QA', 'QA'],
    ['Preview PR-43', 'Dev'],
    ['github-pages', 'Custom'],
  ])('environment %s is %s', (environment, category) => {
    const rows = convert(deploymentsConverter, { ...record, environment, production_environment: false });
    expect(onlyRow(rows, 'cicd_Deployment').values.env).toEqual({ category, detail: environment });
  });

  it('reads latest_status, and leaves status and end alone when the record carries none', () => {
    const failed = convert(deploymentsConverter, {
      ...record,
      statuses: undefined,
      latest_status: { state: 'failure', created_at: '2024-02-04T12:10:00Z' },
    });
    expect(onlyRow(failed, 'cicd_Deployment').values).toMatchObject({
      status: { category: 'Failed', detail: 'failure' },
      endedAt: '2024-02-04T12:10:00.000Z',
    });
    const bare = onlyRow(convert(deploymentsConverter, { ...record, statuses: undefined }), 'cicd_Deployment');
    expect(bare.values).not.toHaveProperty('status');
    expect(bare.values).not.toHaveProperty('endedAt');
  });

  it('writes no artifact without a sha', () => {
    const rows = convert(deploymentsConverter, { ...record, sha: null });
    expect(rows.filter((r) => r.model.startsWith('cicd_Artifact'))).toEqual([]);
  });
});
