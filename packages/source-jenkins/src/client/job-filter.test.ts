import { describe, expect, it } from 'vitest';
import { JobFilter } from './job-filter.js';

describe('JobFilter', () => {
  it('selects every job without patterns', () => {
    const filter = new JobFilter();
    expect(filter.selects('a/b c/d')).toBe(true);
    expect(filter.allows('a')).toBe(true);
  });

  it('keeps * within one name and lets ** cross folders', () => {
    const filter = new JobFilter(['team/*/main', 'ops/**']);
    expect(filter.selects('team/web/main')).toBe(true);
    expect(filter.selects('team/web/sub/main')).toBe(false);
    expect(filter.selects('ops/Release Engineering/legacy/build all')).toBe(true);
    expect(filter.selects('other')).toBe(false);
  });

  it('lets exclusions win and treats regex characters literally', () => {
    const filter = new JobFilter(['**'], ['legacy (old)/**', 'x.y']);
    expect(filter.allows('legacy (old)/a')).toBe(false);
    expect(filter.selects('legacy (old)/a')).toBe(false);
    expect(filter.selects('xzy')).toBe(true);
    expect(filter.selects('x.y')).toBe(false);
  });
});
