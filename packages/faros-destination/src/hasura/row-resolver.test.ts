import type { Logger } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { ref, referenceRow, row } from '../models/faros-row.js';
import { RowResolver } from './row-resolver.js';
import { TargetSchema } from './target-schema.js';

describe('RowResolver', () => {
  it('computes ids, replaces references by ids, and drops what the target lacks, saying so once', () => {
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, error() {}, warn: (m: string) => void warnings.push(m) };
    const target = new TargetSchema(
      new Map([
        ['vcs_Organization', new Set(['source', 'uid'])],
        ['vcs_Repository', new Set(['organization', 'uid', 'name'])],
      ]),
    );
    const resolver = new RowResolver(target, logger);
    const organization = ref('vcs_Organization', { source: 'GitHub', uid: 'acme' });
    const rows = [
      referenceRow('vcs_Organization', { source: 'GitHub', uid: 'acme' }),
      row('vcs_Repository', { organization, uid: 'web', name: 'Web', description: 'd', origin: 'x' }),
      row('vcs_PullRequestFile', { uid: '1' }),
    ];
    const first = resolver.resolve(rows, 's');
    resolver.resolve(rows, 's');
    expect(first).toEqual([
      { model: 'vcs_Organization', id: 'GitHub|acme', values: { source: 'GitHub', uid: 'acme' }, referenceOnly: true },
      {
        model: 'vcs_Repository',
        id: 'GitHub|acme|web',
        values: { organization: 'GitHub|acme', uid: 'web', name: 'Web' },
        referenceOnly: false,
      },
    ]);
    expect(warnings).toEqual([
      'Column vcs_Repository.description does not exist in the target: dropped (from s)',
      'Column vcs_Repository.origin is set by the writer: dropped (from s)',
      'Faros CE has no table vcs_PullRequestFile: its rows (from s) are dropped',
    ]);
  });

  it('names the column whose reference points at a model Faros CE lacks', () => {
    const resolver = new RowResolver(TargetSchema.fromModels(), { debug() {}, info() {}, warn() {}, error() {} });
    const bad = row('vcs_PullRequest', { repository: ref('org_Repo', { uid: 'x' }), uid: '1' });
    expect(() => resolver.resolve([bad], 's')).toThrow(
      'vcs_PullRequest.repository: a reference points at org_Repo, which Faros CE does not have',
    );
  });
});
