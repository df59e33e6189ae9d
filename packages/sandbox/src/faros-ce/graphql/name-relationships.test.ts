import { describe, expect, test } from 'vitest';
import { nameRelationships } from './name-relationships.js';

const fk = (name: string, column: string, referencedTable: string) => ({
  name,
  columns: [column],
  referencedTable,
  referencedColumns: ['id'],
});

describe('nameRelationships', () => {
  const named = nameRelationships([
    { name: 'vcs_Repository', foreignKeys: [] },
    { name: 'vcs_User', foreignKeys: [] },
    {
      name: 'vcs_PullRequest',
      foreignKeys: [fk('pr_repo', 'repository', 'vcs_Repository'), fk('pr_author', 'author', 'vcs_User')],
    },
    { name: 'tms_Task', foreignKeys: [fk('task_parent', 'parent', 'tms_Task')] },
    {
      name: 'tms_TaskDependency',
      foreignKeys: [
        fk('dep_dependent', 'dependentTask', 'tms_Task'),
        fk('dep_fulfilling', 'fulfillingTask', 'tms_Task'),
      ],
    },
  ]);

  test('an object relationship on the child is named after the parent table and joins the FK to the key', () => {
    expect(named.objectRelationships.get('vcs_PullRequest')).toEqual([
      { name: 'vcs_Repository', kind: 'object', remoteTable: 'vcs_Repository', columnMapping: [['repository', 'id']] },
      { name: 'vcs_User', kind: 'object', remoteTable: 'vcs_User', columnMapping: [['author', 'id']] },
    ]);
  });

  test('an array relationship on the parent is the plural of the child table', () => {
    expect(named.arrayRelationships.get('vcs_Repository')).toEqual([
      {
        name: 'vcs_PullRequests',
        kind: 'array',
        remoteTable: 'vcs_PullRequest',
        columnMapping: [['id', 'repository']],
      },
    ]);
  });

  test('a self reference gives both relationships on the same table', () => {
    expect(named.objectRelationships.get('tms_Task')?.map((rel) => rel.name)).toEqual(['tms_Task']);
    expect(named.arrayRelationships.get('tms_Task')?.map((rel) => rel.name)).toEqual([
      'tms_TaskDependenciesByDependentTask',
      'tms_TaskDependenciesByFulfillingTask',
      'tms_Tasks',
    ]);
  });

  test('two foreign keys to the same parent are told apart by column', () => {
    expect(named.objectRelationships.get('tms_TaskDependency')?.map((rel) => [rel.name, rel.columnMapping])).toEqual([
      ['tms_Task__dependentTask', [['dependentTask', 'id']]],
      ['tms_Task__fulfillingTask', [['fulfillingTask', 'id']]],
    ]);
  });
});
