import { describe, expect, it } from 'vitest';
import { FAROS_CE_MODELS } from '../models/faros-ce-models.js';
import { modelDepths } from '../models/model-order.js';
import { buildUpsertRequest, mergeRows } from './upsert-request.js';

const depths = modelDepths(FAROS_CE_MODELS);
const T = '2026-01-01T00:00:00.000Z';

describe('mergeRows and buildUpsertRequest', () => {
  const rows = mergeRows([
    { model: 'vcs_PullRequest', id: 'p1', values: { repository: 'r', uid: '1', title: 'a' }, referenceOnly: false },
    { model: 'vcs_User', id: 'u1', values: { source: 'GitHub', uid: 'u1' }, referenceOnly: true },
    { model: 'vcs_PullRequest', id: 'p2', values: { repository: 'r', uid: '2' }, referenceOnly: false },
    { model: 'vcs_PullRequest', id: 'p1', values: { repository: 'r', uid: '1', author: 'u1' }, referenceOnly: false },
    { model: 'vcs_User', id: 'u2', values: { source: 'GitHub', uid: 'u2' }, referenceOnly: true },
    { model: 'vcs_User', id: 'u2', values: { source: 'GitHub', uid: 'u2', name: 'U' }, referenceOnly: false },
  ]);
  const request = buildUpsertRequest(rows.values(), 'o', T, depths);

  it('merges by model and id: columns add up, a full row wins over a bare reference', () => {
    expect(rows.get('vcs_PullRequest\u0000p1')?.values).toEqual({
      repository: 'r',
      uid: '1',
      title: 'a',
      author: 'u1',
    });
    expect(rows.get('vcs_User\u0000u2')).toMatchObject({ referenceOnly: false, values: { name: 'U' } });
  });

  it('groups by model, ownership and carried columns, parents first, key-only rows first', () => {
    expect(request.groups.map((g) => [g.model, g.referenceOnly, g.columns.join(',')])).toEqual([
      ['vcs_User', true, 'source,uid'],
      ['vcs_User', false, 'name,source,uid'],
      ['vcs_PullRequest', false, 'author,repository,title,uid'],
      ['vcs_PullRequest', false, 'repository,uid'],
    ]);
  });

  it('updates carried columns plus origin and refreshedAt; a bare reference updates nothing and takes no origin', () => {
    expect(request.query).toContain(
      'm0: insert_vcs_User(objects: $o0, on_conflict: {constraint: vcs_User_pkey, update_columns: []})',
    );
    expect(request.query).toContain('update_columns: [author, repository, title, uid, origin, refreshedAt]');
    expect(request.variables.o0).toEqual([{ source: 'GitHub', uid: 'u1', refreshedAt: T }]);
    expect(request.variables.o1).toEqual([{ source: 'GitHub', uid: 'u2', name: 'U', origin: 'o', refreshedAt: T }]);
  });
});

describe('a self-referencing model', () => {
  it('writes the key of a row the batch both references and owns before any full row of that model', () => {
    const rows = mergeRows([
      {
        model: 'tms_Task',
        id: 'a',
        values: { source: 'Jira', uid: 'A', parent: 'Jira|B', name: 'a' },
        referenceOnly: false,
      },
      { model: 'tms_Task', id: 'b', values: { source: 'Jira', uid: 'B' }, referenceOnly: true },
      { model: 'tms_Task', id: 'b', values: { source: 'Jira', uid: 'B', points: 3 }, referenceOnly: false },
    ]);
    const request = buildUpsertRequest(rows.values(), 'o', T, depths);
    expect(request.groups.map((g) => [g.referenceOnly, g.objects.map((o) => o.uid)])).toEqual([
      [true, ['B']],
      [false, ['A']],
      [false, ['B']],
    ]);
  });
});
