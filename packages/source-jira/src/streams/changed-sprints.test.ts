import { describe, expect, it } from 'vitest';
import { sprintIdsOf } from './changed-sprints.js';

describe('sprintIdsOf', () => {
  it('reads Cloud’s sprint objects and Data Center’s sprint strings', () => {
    expect(sprintIdsOf([{ id: 12, name: 'S 12' }, { id: '13' }])).toEqual([12, 13]);
    const dc = 'com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=7,rapidViewId=2,state=ACTIVE,name=S 7]';
    expect(sprintIdsOf([dc])).toEqual([7]);
    expect(sprintIdsOf([])).toEqual([]);
  });

  it('says it cannot tell when a value is not a list or an item has no id', () => {
    expect(sprintIdsOf(null)).toBeUndefined();
    expect(sprintIdsOf('S 7')).toBeUndefined();
    expect(sprintIdsOf([{ id: 12 }, 'Sprint 8'])).toBeUndefined();
  });
});
