import { describe, expect, it } from 'vitest';
import { parseTree, sliceByRange, type TreeSpec, TreeSyntaxError } from './tree-spec.js';

/** A spec as nested plain objects, ranges as `{from,to}` under `@range`, for readable comparisons. */
function plain(spec: TreeSpec): unknown {
  const out: Record<string, unknown> = {};
  for (const [name, child] of spec.children) out[name] = plain(child);
  if (spec.range) out['@range'] = spec.range;
  return out;
}

describe('parseTree', () => {
  it('parses names, nested selectors and siblings (Stapler parse cases)', () => {
    expect(plain(parseTree('a,b[c]'))).toEqual({ a: {}, b: { c: {} } });
    expect(plain(parseTree('a,b[c,d]'))).toEqual({ a: {}, b: { c: {}, d: {} } });
    expect(plain(parseTree('a,b[c,d],e'))).toEqual({ a: {}, b: { c: {}, d: {} }, e: {} });
    expect(plain(parseTree('a,b[c,d]{,10},e'))).toEqual({
      a: {},
      b: { c: {}, d: {}, '@range': { from: 0, to: 10 } },
      e: {},
    });
  });

  it('reads the four range forms; N is exclusive and {N} is the one element N', () => {
    const rangeOf = (spec: string): unknown => parseTree(spec).children.get('jobs')?.range;
    expect(rangeOf('jobs[name]{,3}')).toEqual({ from: 0, to: 3 });
    expect(rangeOf('jobs[name]{3,6}')).toEqual({ from: 3, to: 6 });
    expect(rangeOf('jobs[name]{38}')).toEqual({ from: 38, to: 39 });
    expect(rangeOf('jobs[name]{97,}')).toEqual({ from: 97, to: Number.POSITIVE_INFINITY });
    expect(rangeOf('jobs{5,7}')).toEqual({ from: 5, to: 7 });
  });

  it('keeps nested ranges, wildcards and names with spaces', () => {
    const spec = parseTree('jobs[name,allBuilds[number]{100,200},jobs[*]],my name');
    expect(plain(spec)).toEqual({
      jobs: { name: {}, allBuilds: { number: {}, '@range': { from: 100, to: 200 } }, jobs: { '*': {} } },
      'my name': {},
    });
  });

  it('keeps the last selector of a name given twice', () => {
    expect(plain(parseTree('a[b],a[c]'))).toEqual({ a: { c: {} } });
  });

  it.each(['', 'a,', ',b', 'a[', 'a[b,c', 'a[]', 'a[b,,]', 'a]', 'a{}', 'a{b}', 'a{,}', 'a{1,2', 'a{1}[b]', 'a[b]]'])(
    'rejects the malformed spec %j',
    (spec) => {
      expect(() => parseTree(spec)).toThrow(TreeSyntaxError);
    },
  );

  it('says where it stopped', () => {
    expect(() => parseTree('jobs[name,]')).toThrow('expected a property name at 10');
  });
});

describe('sliceByRange', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  it('slices half-open and clips to the array', () => {
    expect(sliceByRange(items, { from: 3, to: 6 })).toEqual([3, 4, 5]);
    expect(sliceByRange(items, { from: 8, to: 20 })).toEqual([8, 9]);
    expect(sliceByRange(items, { from: 12, to: 20 })).toEqual([]);
    expect(sliceByRange(items, { from: 0, to: 0 })).toEqual([]);
    expect(sliceByRange(items, null)).toBe(items);
  });
});
