import { describe, expect, it } from 'vitest';
import { devSummaryFieldId, mayLinkPullRequests } from './dev-summary.js';

const json = (stale: boolean, summary: Record<string, unknown>) =>
  `json=${JSON.stringify({ cachedValue: { errors: [], summary }, isStale: stale })}`;

describe('mayLinkPullRequests', () => {
  it('is false only when the summary says no pull request is linked', () => {
    expect(mayLinkPullRequests('{}')).toBe(false);
    expect(mayLinkPullRequests('PullRequestOverallDetails{openCount=0, mergedCount=0, declinedCount=0}')).toBe(false);
    expect(mayLinkPullRequests(`{build={count=1, dataType=build}, ${json(false, { build: {} })}}`)).toBe(false);
  });

  it('is true when pull requests are counted', () => {
    const cloud = `{pullrequest={dataType=pullrequest, state=MERGED, stateCount=1}, ${json(true, { pullrequest: {} })}}`;
    expect(mayLinkPullRequests(cloud)).toBe(true);
    expect(mayLinkPullRequests('PullRequestOverallDetails{openCount=0, mergedCount=2, declinedCount=0}')).toBe(true);
  });

  it('is unknown for a missing, null, stale or unfamiliar summary', () => {
    expect(mayLinkPullRequests(undefined)).toBeUndefined();
    expect(mayLinkPullRequests(null)).toBeUndefined();
    expect(mayLinkPullRequests(`{build={count=1}, ${json(true, { build: {} })}}`)).toBeUndefined();
    expect(mayLinkPullRequests('something new')).toBeUndefined();
  });
});

describe('devSummaryFieldId', () => {
  it('finds the field by its type key on either flavor', () => {
    const field = (id: string, custom?: string) => ({ id, schema: custom ? { type: 'any', custom } : undefined });
    const plugin = 'com.atlassian.jira.plugins.jira-development-integration-plugin';
    expect(devSummaryFieldId([field('summary'), field('customfield_10000', `${plugin}:devsummarycf`)])).toBe(
      'customfield_10000',
    );
    expect(devSummaryFieldId([field('customfield_14350', `${plugin}:devsummary`)])).toBe('customfield_14350');
    expect(devSummaryFieldId([field('customfield_1', 'com.pyxis.greenhopper.jira:gh-sprint')])).toBeUndefined();
  });
});
