import { describe, expect, it } from 'vitest';
import { buildStatus } from './build-status.js';

describe('buildStatus', () => {
  it.each([
    ['SUCCESS', false, 'Success'],
    ['FAILURE', false, 'Failed'],
    ['UNSTABLE', false, 'Failed'],
    ['ABORTED', false, 'Canceled'],
    ['NOT_BUILT', false, 'Canceled'],
    ['SOMETHING_NEW', false, 'Unknown'],
    [undefined, true, 'Running'],
    [undefined, undefined, 'Running'],
    [undefined, false, 'Unknown'],
  ] as const)('%s (building %s) is %s', (result, building, category) => {
    expect(buildStatus(result, building).category).toBe(category);
  });

  it('keeps Jenkins word as the detail', () => {
    expect(buildStatus('UNSTABLE', false).detail).toBe('UNSTABLE');
  });
});
