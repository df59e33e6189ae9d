import { describe, expect, it } from 'vitest';
import { exportJson } from './export-json.js';
import { ExportedBean, ExportedMap, prop } from './exported-bean.js';
import { parseTree } from './tree-spec.js';

// Stapler's own pruning fixtures, rebuilt in our model: jobs with a name, a display name and a
// property nobody asks for; views holding jobs. Nested beans of the declared type carry no _class.
const job = (name: string, displayName: string): ExportedBean =>
  new ExportedBean(null, [prop('name', name), prop('displayName', displayName), prop('trash', 'junk')]);
const view = (name: string, jobs: ExportedBean[]): ExportedBean =>
  new ExportedBean(null, [prop('name', name), prop('trash', 'x'), prop('jobs', jobs)]);

describe('exportJson with tree=', () => {
  const job1 = job('job1', 'Job #1');
  const job2 = job('job2', 'Job #2');
  const stuff = new ExportedBean('Stuff', [
    prop('jobs', [job1, job2]),
    prop('views', [view('All', [job1, job2]), view('Some', [job1])]),
  ]);

  it('writes the named properties at each level, and _class where the model has one', () => {
    expect(exportJson(stuff, { tree: parseTree('jobs[name,displayName],views[name,jobs[name]]') })).toEqual({
      _class: 'Stuff',
      jobs: [
        { name: 'job1', displayName: 'Job #1' },
        { name: 'job2', displayName: 'Job #2' },
      ],
      views: [
        { name: 'All', jobs: [{ name: 'job1' }, { name: 'job2' }] },
        { name: 'Some', jobs: [{ name: 'job1' }] },
      ],
    });
  });

  it('applies ranges at any level ({,1} keeps one, {,0} none)', () => {
    expect(exportJson(stuff, { tree: parseTree('jobs[name,displayName]{,1},views[name,jobs[name]{,0}]') })).toEqual({
      _class: 'Stuff',
      jobs: [{ name: 'job1', displayName: 'Job #1' }],
      views: [
        { name: 'All', jobs: [] },
        { name: 'Some', jobs: [] },
      ],
    });
  });

  it('cuts a long array with each range form', () => {
    const many = new ExportedBean('Vhew', [
      prop(
        'jobs',
        Array.from({ length: 100 }, (_, i) => job(`job${i}`, 'a')),
      ),
    ]);
    const names = (spec: string): unknown =>
      (exportJson(many, { tree: parseTree(spec) }) as { jobs: { name: string }[] }).jobs.map((j) => j.name);
    expect(names('jobs[name]{,3}')).toEqual(['job0', 'job1', 'job2']);
    expect(names('jobs[name]{3,6}')).toEqual(['job3', 'job4', 'job5']);
    expect(names('jobs[name]{38}')).toEqual(['job38']);
    expect(names('jobs[name]{97,}')).toEqual(['job97', 'job98', 'job99']);
    expect(names('jobs[name]{150,200}')).toEqual([]);
  });

  it('keeps every array slot, with only _class (or {}) where nothing inside matches', () => {
    const build = new ExportedBean('Run', [
      prop('actions', [
        new ExportedBean('CauseAction', [prop('causes', [])]),
        new ExportedBean(null, []),
        new ExportedBean('BuildData', [prop('remoteUrls', ['u']), prop('scmName', '')]),
      ]),
    ]);
    expect(exportJson(build, { tree: parseTree('actions[remoteUrls,lastBuiltRevision]') })).toEqual({
      _class: 'Run',
      actions: [{ _class: 'CauseAction' }, {}, { _class: 'BuildData', remoteUrls: ['u'] }],
    });
  });

  it('ignores unknown names, and a named object without a selector is written bare', () => {
    expect(exportJson(stuff, { tree: parseTree('nothing,jobs,views[nope]') })).toEqual({
      _class: 'Stuff',
      jobs: [{}, {}],
      views: [{}, {}],
    });
  });

  it('matches every property with * and writes nested objects bare under it', () => {
    expect(exportJson(view('All', [job1]), { tree: parseTree('*') })).toEqual({
      name: 'All',
      trash: 'x',
      jobs: [{}],
    });
    expect(exportJson(stuff, { tree: parseTree('views[*[name]]') })).toEqual({
      _class: 'Stuff',
      views: [
        { name: 'All', trash: 'x', jobs: [{ name: 'job1' }, { name: 'job2' }] },
        { name: 'Some', trash: 'x', jobs: [{ name: 'job1' }] },
      ],
    });
  });

  it("writes map entries with the map property's selector", () => {
    const data = new ExportedBean('BuildData', [
      prop('buildsByBranchName', new ExportedMap([['refs/remotes/origin/main', job('b', 'B')]])),
    ]);
    expect(exportJson(data, { tree: parseTree('buildsByBranchName[name]') })).toEqual({
      _class: 'BuildData',
      buildsByBranchName: { 'refs/remotes/origin/main': { name: 'b' } },
    });
  });

  it('computes only the properties it writes', () => {
    let computed = 0;
    const lazy = new ExportedBean('X', [
      prop('cheap', 1),
      prop('costly', () => {
        computed++;
        return [];
      }),
    ]);
    expect(exportJson(lazy, { tree: parseTree('cheap') })).toEqual({ _class: 'X', cheap: 1 });
    expect(computed).toBe(0);
  });
});

describe('exportJson with depth=', () => {
  // Like a job: name and url are summary properties (visibility 2), allBuilds hidden (-2).
  const build = (n: number): ExportedBean =>
    new ExportedBean('Run', [prop('number', n, 2), prop('result', 'SUCCESS'), prop('actions', [])]);
  const jobBean = new ExportedBean('Job', [
    prop('name', 'a', 2),
    prop('description', null),
    prop('builds', [build(2), build(1)]),
    prop('allBuilds', [build(2), build(1)], -2),
  ]);
  const root = new ExportedBean('Hudson', [prop('mode', 'NORMAL'), prop('jobs', [jobBean])]);

  it('shows nested objects by their summary properties at depth 0 (the default)', () => {
    expect(exportJson(root)).toEqual({ _class: 'Hudson', mode: 'NORMAL', jobs: [{ _class: 'Job', name: 'a' }] });
  });

  it('opens one more level per depth', () => {
    expect(exportJson(root, { depth: 1 })).toEqual({
      _class: 'Hudson',
      mode: 'NORMAL',
      jobs: [
        {
          _class: 'Job',
          name: 'a',
          description: null,
          builds: [
            { _class: 'Run', number: 2 },
            { _class: 'Run', number: 1 },
          ],
        },
      ],
    });
  });

  it('hides a visibility -2 property until depth 3, but tree= names it at once', () => {
    expect(exportJson(jobBean, { depth: 2 })).not.toHaveProperty('allBuilds');
    expect(exportJson(jobBean, { depth: 3 })).toHaveProperty('allBuilds');
    expect(exportJson(jobBean, { tree: parseTree('allBuilds[number]{1,}'), depth: 0 })).toEqual({
      _class: 'Job',
      allBuilds: [{ _class: 'Run', number: 1 }],
    });
  });
});
