import { systemError } from '../errors/airbyte-error.js';
import type { WriteOptions } from './destination.js';

/** {@link WriteOptions} with every default filled in. */
export type ResolvedWriteOptions = Required<WriteOptions>;

/** The defaults of {@link WriteOptions}. */
export const DEFAULT_WRITE_OPTIONS: ResolvedWriteOptions = Object.freeze({
  batchRecords: 1000,
  batchBytes: 4 * 1024 * 1024,
  flushIntervalMs: 5000,
  maxBufferedBytes: 32 * 1024 * 1024,
  invalidRecords: 'fail',
  validateRecords: false,
});

const POSITIVE_OPTIONS = ['batchRecords', 'batchBytes', 'flushIntervalMs', 'maxBufferedBytes'] as const;

/** Fills in defaults; a non-positive size or interval, or an unknown strategy, is a bug in the destination. */
export function resolveWriteOptions(options: WriteOptions): ResolvedWriteOptions {
  const resolved: ResolvedWriteOptions = { ...DEFAULT_WRITE_OPTIONS };
  for (const [name, value] of Object.entries(options) as [keyof WriteOptions, unknown][]) {
    if (value !== undefined) (resolved as Record<string, unknown>)[name] = value;
  }
  for (const name of POSITIVE_OPTIONS) {
    const value = resolved[name];
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
      throw systemError(`Write option ${name} must be a positive number, not ${String(value)}`);
    }
  }
  if (resolved.invalidRecords !== 'fail' && resolved.invalidRecords !== 'skip') {
    throw systemError(`Write option invalidRecords must be "fail" or "skip", not ${String(resolved.invalidRecords)}`);
  }
  return resolved;
}
