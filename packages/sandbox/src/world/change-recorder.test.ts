import { describe, expect, it } from 'vitest';
import { ChangeRecorder } from './change-recorder.js';

describe('ChangeRecorder', () => {
  it('folds several changes of one key into one', () => {
    const rec = new ChangeRecorder();
    rec.created('github', 'pullRequests', 'o/r#1');
    rec.updated('github', 'pullRequests', 'o/r#1');
    rec.updated('github', 'pullRequests', 'o/r#2');
    rec.deleted('github', 'pullRequests', 'o/r#2');
    rec.created('github', 'issues', 'o/r#3');
    rec.deleted('github', 'issues', 'o/r#3');
    rec.deleted('jenkins', 'builds', 'a#1');
    rec.created('jenkins', 'builds', 'a#1');
    const s = rec.summary(1, 0, 10);
    expect(s.github.pullRequests).toEqual({ created: ['o/r#1'], updated: [], deleted: ['o/r#2'] });
    expect(s.github.issues).toBeUndefined();
    expect(s.jenkins.builds).toEqual({ created: [], updated: ['a#1'], deleted: [] });
    expect(s.counts).toEqual({ created: 1, updated: 1, deleted: 1 });
  });

  it('reports a moved Jira issue as the old key deleted and the new one created', () => {
    const rec = new ChangeRecorder();
    rec.moved({ id: '10001', from: 'A-1', to: 'B-7' });
    rec.updated('jira', 'issues', 'B-7');
    const s = rec.summary(1, 0, 10);
    expect(s.movedJiraIssues).toEqual([{ id: '10001', from: 'A-1', to: 'B-7' }]);
    expect(s.jira.issues).toEqual({ created: ['B-7'], updated: [], deleted: ['A-1'] });
  });
});
