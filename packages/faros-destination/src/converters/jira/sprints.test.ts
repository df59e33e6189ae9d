import { describe, expect, it } from 'vitest';
import { convert, fixture, onlyRow } from '../converter-test-kit.js';
import { sprintsConverter } from './sprints.js';

describe('sprints converter', () => {
  const [closed, active, future] = fixture('jira', 'sprints');

  it('ends a closed sprint when it was completed', () => {
    expect(onlyRow(convert(sprintsConverter, closed), 'tms_Sprint').values).toEqual({
      source: 'Jira',
      uid: '1',
      name: 'PROJ Sprint 1',
      description: 'SSO login end to end',
      state: { category: 'Closed', detail: 'closed' },
      startedAt: '2024-02-05T09:00:00.000Z',
      endedAt: '2024-02-19T16:30:00.000Z',
    });
  });

  it('ends an active sprint at its planned end; an empty goal is no description', () => {
    const s = onlyRow(convert(sprintsConverter, active), 'tms_Sprint').values;
    expect(s.state).toEqual({ category: 'Active', detail: 'active' });
    expect(s.endedAt).toBe('2024-03-05T09:00:00.000Z');
    expect(s.description).toBeNull();
  });

  it('writes a future sprint without dates', () => {
    const s = onlyRow(convert(sprintsConverter, future), 'tms_Sprint').values;
    expect(s.state).toEqual({ category: 'Future', detail: 'future' });
    expect(s.startedAt).toBeNull();
    expect(s.endedAt).toBeNull();
  });
});
