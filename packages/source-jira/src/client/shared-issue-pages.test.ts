import { describe, expect, it } from 'vitest';
import { SharedIssuePages } from './shared-issue-pages.js';

const HOUR = 3_600_000;
const now = Date.now();
const issue = (id: string) => ({ id, fields: { project: { id: '1' } } });
const group = (a?: number, b?: number) => [
  { key: 'A', id: '1', sinceMs: a },
  { key: 'B', id: '2', sinceMs: b },
];

describe('SharedIssuePages', () => {
  it('answers a group whose cursors are at or after the stored search’s, never one that needs earlier issues', () => {
    const pages = new SharedIssuePages(100);
    const issues = [issue('10')];
    pages.store(group(now - 2 * HOUR, now - HOUR), issues);
    expect(pages.lookup(group(now - 2 * HOUR, now - HOUR))).toBe(issues);
    expect(pages.lookup(group(now - HOUR, now))).toBe(issues);
    // B needs issues from before the stored search's bound; an unbounded search needs all of them.
    expect(pages.lookup(group(now - 2 * HOUR, now - 3 * HOUR))).toBeUndefined();
    expect(pages.lookup(group(now - 2 * HOUR, undefined))).toBeUndefined();
    expect(pages.has(group(now, now))).toBe(true);
  });

  it('an unbounded stored search covers any cursor; a project it left out (future cursor) covers none', () => {
    const pages = new SharedIssuePages(100);
    pages.store(group(undefined, now + 3 * 24 * HOUR), []);
    expect(pages.lookup(group(now - HOUR, now + 3 * 24 * HOUR))).toEqual([]);
    expect(pages.lookup(group(now - HOUR, now - HOUR))).toBeUndefined();
  });

  it('keeps no answer that did not fit in one page, nor past its bound, but remembers the group was searched', () => {
    const pages = new SharedIssuePages(2);
    pages.store(group(now, now), undefined);
    expect(pages.has(group(now, now))).toBe(true);
    expect(pages.lookup(group(now, now))).toBeUndefined();
    const other = [{ key: 'C', id: '3', sinceMs: now }];
    pages.store(other, [issue('1'), issue('2'), issue('3')]);
    expect(pages.has(other)).toBe(true);
    expect(pages.lookup(other)).toBeUndefined();
    const small = [{ key: 'D', id: '4', sinceMs: now }];
    pages.store(small, [issue('4'), issue('5')]);
    expect(pages.lookup(small)).toHaveLength(2);
  });
});
