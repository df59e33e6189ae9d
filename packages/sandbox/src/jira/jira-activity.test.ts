import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/index.js';
import { commentsOf, formatDuration, worklogsOf } from './jira-activity.js';

describe('derived comments and worklogs', () => {
  const world = createWorld({ seed: 9 });
  const issues = [...world.jira.issues.values()];

  it('sit within the issue history, by its authors, with unique ids', () => {
    const comments = issues.flatMap(commentsOf);
    const worklogs = issues.flatMap(worklogsOf);
    expect(comments.length).toBeGreaterThan(issues.length / 10);
    expect(worklogs.length).toBeGreaterThan(0);
    for (const issue of issues) {
      const authors = new Set(issue.changelog.map((e) => e.author));
      for (const c of commentsOf(issue)) {
        expect(c.created).toBeGreaterThanOrEqual(issue.created);
        expect(c.created).toBeLessThanOrEqual(issue.updated);
        expect(authors.has(c.author)).toBe(true);
      }
      for (const w of worklogsOf(issue)) {
        expect(w.started).toBeLessThan(w.created);
        expect(w.created).toBeLessThanOrEqual(issue.updated);
        expect(w.seconds).toBeGreaterThanOrEqual(60);
        expect(w.seconds).toBeLessThanOrEqual(8 * 3600);
        expect(w.seconds % 60).toBe(0);
      }
    }
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length);
    expect(new Set(worklogs.map((w) => w.id)).size).toBe(worklogs.length);
  });

  it('stay the same for an issue the world did not change', () => {
    const before = new Map(issues.map((i) => [i.id, JSON.stringify([commentsOf(i), worklogsOf(i)])]));
    const summary = world.advance(1);
    const touched = new Set([...(summary.jira.issues?.updated ?? []), ...(summary.jira.issues?.created ?? [])]);
    for (const issue of world.jira.issues.values()) {
      if (touched.has(issue.key) || !before.has(issue.id)) continue;
      expect(JSON.stringify([commentsOf(issue), worklogsOf(issue)])).toBe(before.get(issue.id));
    }
  });

  it("formats durations with Jira's 8-hour days and 5-day weeks", () => {
    expect(formatDuration(60)).toBe('1m');
    expect(formatDuration(8 * 3600 + 2 * 3600 + 30 * 60)).toBe('1d 2h 30m');
    expect(formatDuration(5 * 8 * 3600 + 3600)).toBe('1w 1h');
  });
});
