import { describe, expect, it } from 'vitest';
import { jiraEpochMs, jiraIsoTime } from './jira-time.js';

describe('jiraEpochMs', () => {
  const noon = Date.UTC(2022, 4, 17, 11, 26, 21, 613);
  it.each([
    '2022-05-17T04:26:21.613-0700',
    '2022-05-17T04:26:21.613-07:00',
    '2022-05-17T11:26:21.613Z',
    '2022-05-17T11:26:21.613+0000',
    '2022-05-17T13:26:21.613+02',
    '2022-05-17T11:26:21.613',
  ])('reads %s', (text) => {
    expect(jiraEpochMs(text, 'f')).toBe(noon);
  });

  it('reads dates as UTC midnight, seconds-less times, and epoch numbers', () => {
    expect(jiraIsoTime('2021-02-18', 'f')).toBe('2021-02-18T00:00:00.000Z');
    expect(jiraIsoTime('2021-02-18T10:30+0100', 'f')).toBe('2021-02-18T09:30:00.000Z');
    expect(jiraEpochMs(noon, 'f')).toBe(noon);
  });

  it('rejects what is not a time, naming the field', () => {
    expect(() => jiraEpochMs('17/Feb/21', 'fields.created')).toThrow(/^field fields\.created: not a time/);
    expect(() => jiraEpochMs('2022-13-45T00:00:00Z', 'x')).toThrow(/^field x: /);
  });
});
