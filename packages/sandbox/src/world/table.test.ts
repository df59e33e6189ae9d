import { describe, expect, it } from 'vitest';
import { issueShape, jenkinsJobShape, repoChild, repoChildNumber } from './key-shapes.js';
import { FlatTable, ScopedTable } from './table.js';

interface Item {
  readonly repo: string;
  readonly sha: string;
  readonly id: number;
}

describe('FlatTable', () => {
  it('looks up by key, id and group, and re-keys', () => {
    const t = new FlatTable<{ key: string; id: number; group: string }>((e) => e.key, {
      idOf: (e) => e.id,
      groupOf: (e) => e.group,
    });
    const a = t.insert({ key: 'A-1', id: 1, group: 'A' });
    t.insert({ key: 'A-2', id: 2, group: 'A' });
    expect(() => t.insert({ key: 'A-1', id: 9, group: 'A' })).toThrow(/duplicate/);
    expect(t.get('A-2')?.id).toBe(2);
    expect(t.byId(1)).toBe(a);
    t.rekey(a, (e) => {
      e.key = 'B-1';
      e.group = 'B';
    });
    expect(t.get('A-1')).toBeUndefined();
    expect(t.get('B-1')).toBe(a);
    expect(t.byId(1)).toBe(a);
    expect(t.group('A').map((e) => e.key)).toEqual(['A-2']);
    expect(t.group('B')).toEqual([a]);
    expect([...t.keys()]).toEqual(['A-2', 'B-1']);
    expect(t.remove('A-2')?.id).toBe(2);
    expect(t.size).toBe(1);
    expect([...t.groupKeys()]).toEqual(['B']);
  });
});

describe('ScopedTable', () => {
  it('stores by scope and local key and answers natural keys', () => {
    const t = new ScopedTable<Item>(
      repoChild('commits', (e) => e.sha),
      { groupOf: (e) => e.repo, idOf: (e) => e.id },
    );
    t.insert({ repo: 'o/a', sha: 'abc', id: 1 });
    t.insert({ repo: 'o/b', sha: 'abc', id: 2 });
    t.insert({ repo: 'o/a', sha: 'def', id: 3 });
    expect(t.get('o/b/commits/abc')?.id).toBe(2);
    expect(t.get('o/b/tags/abc')).toBeUndefined();
    expect(t.get('nonsense')).toBeUndefined();
    expect([...t.keys()]).toEqual(['o/a/commits/abc', 'o/a/commits/def', 'o/b/commits/abc']);
    expect(t.keyArray()).toEqual([...t.keys()]);
    expect(t.keyOf({ repo: 'o/a', sha: 'def', id: 3 })).toBe('o/a/commits/def');
    expect(t.byId(3)?.sha).toBe('def');
    expect(t.remove('o/a/commits/abc')?.id).toBe(1);
    expect(t.byId(1)).toBeUndefined();
    expect(t.group('o/a').map((e) => e.sha)).toEqual(['def']);
    expect(t.size).toBe(2);
  });

  it('parses numeric local keys strictly', () => {
    const runs = new ScopedTable<{ repo: string; id: number }>(repoChildNumber('runs', (e) => e.id));
    runs.insert({ repo: 'o/a', id: 12 });
    expect(runs.get('o/a/runs/12')?.id).toBe(12);
    expect(runs.get('o/a/runs/012')).toBeUndefined();
    expect(runs.get('o/a/runs/x')).toBeUndefined();
    const issues = new ScopedTable(issueShape);
    issues.insert({ repo: 'o/a', number: 7 });
    expect(issues.get('o/a#7')).toBeDefined();
    expect(issues.get('o/a#7x')).toBeUndefined();
  });

  it('keys Jenkins items by full name, folders included', () => {
    const jobs = new ScopedTable(jenkinsJobShape);
    jobs.insert({ parent: null, name: 'top' });
    jobs.insert({ parent: 'top/Release Engineering', name: 'build all' });
    expect(jobs.get('top')).toBeDefined();
    expect(jobs.get('top/Release Engineering/build all')?.name).toBe('build all');
    expect([...jobs.keys()]).toEqual(['top', 'top/Release Engineering/build all']);
  });
});
