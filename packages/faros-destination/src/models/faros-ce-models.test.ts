import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAROS_CE_MODELS, farosModel } from './faros-ce-models.js';

const schemaPath = fileURLToPath(new URL('../../../../../shared/reference/faros-ce/schema.json', import.meta.url));
const script = fileURLToPath(new URL('../../scripts/generate-models.mjs', import.meta.url));
const haveSchema = existsSync(schemaPath);
if (!haveSchema)
  console.warn(`faros-ce-models: ${schemaPath} is missing (a user's clone), so the staleness check is skipped`);

describe.skipIf(!haveSchema)('faros-ce-models.json', () => {
  it('is what scripts/generate-models.mjs makes of the CE schema today', () => {
    const run = spawnSync(process.execPath, [script, '--check', schemaPath], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('FAROS_CE_MODELS', () => {
  it('holds natural keys in pkey order, reference targets and back-references', () => {
    const review = farosModel('vcs_PullRequestReview');
    expect(review?.key).toEqual([
      { column: 'pullRequest', kind: 'reference' },
      { column: 'uid', kind: 'plain' },
    ]);
    expect(review?.columns.reviewer?.references).toBe('vcs_User');
    expect(review?.columns.id).toBeUndefined();
    expect(farosModel('vcs_PullRequest')?.backReferences.map((b) => b.relationship)).toContain(
      'vcs_PullRequestReviews',
    );
    expect(farosModel('vcs_UserToolUsage')?.key[1]).toEqual({ column: 'usedAt', kind: 'epochMillis' });
    expect(FAROS_CE_MODELS.has('org_Employee')).toBe(false);
  });
});
