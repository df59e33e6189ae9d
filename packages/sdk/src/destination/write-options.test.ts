import { describe, expect, it } from 'vitest';
import type { WriteOptions } from './destination.js';
import { DEFAULT_WRITE_OPTIONS, resolveWriteOptions } from './write-options.js';

describe('resolveWriteOptions', () => {
  it('fills in defaults and keeps what is given', () => {
    expect(resolveWriteOptions({ batchRecords: 5, invalidRecords: 'skip' })).toEqual({
      ...DEFAULT_WRITE_OPTIONS,
      batchRecords: 5,
      invalidRecords: 'skip',
    });
  });

  it.each([{ batchRecords: 0 }, { flushIntervalMs: -1 }, { batchBytes: Number.NaN }, { maxBufferedBytes: Infinity }])(
    'refuses %o',
    (options) => {
      expect(() => resolveWriteOptions(options)).toThrow(/must be a positive number/);
    },
  );

  it('refuses an unknown strategy', () => {
    expect(() => resolveWriteOptions({ invalidRecords: 'drop' } as unknown as WriteOptions)).toThrow(
      /"fail" or "skip"/,
    );
  });
});
