import { describe, expect, it } from 'vitest';
import { jobPath } from './job-path.js';

describe('jobPath', () => {
  it('encodes each name as one segment', () => {
    expect(jobPath([])).toBe('');
    expect(jobPath(['Release Engineering', 'legacy', 'build all'])).toBe(
      'job/Release%20Engineering/job/legacy/job/build%20all/',
    );
    expect(jobPath(['acme', 'web', 'feature%2Ffoo'])).toBe('job/acme/job/web/job/feature%252Ffoo/');
    expect(jobPath(['Déploiement ✓'])).toBe('job/D%C3%A9ploiement%20%E2%9C%93/');
  });
});
