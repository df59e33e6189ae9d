import { describe, expect, it } from 'vitest';
import {
  optionalObjects,
  optionalString,
  optionalTime,
  requiredInteger,
  requiredString,
  requiredTime,
  within,
} from './record-fields.js';

describe('record fields', () => {
  const record = { a: { b: 'x', n: 1.5, t: '2024-02-01T09:00:00+02:00' }, list: [{ k: 1 }, null, 'bad'] };

  it('reads nested values and treats null and absent alike', () => {
    expect(optionalString(record, 'a.b')).toBe('x');
    expect(optionalString({ a: null }, 'a.b')).toBeUndefined();
    expect(optionalString({ a: { b: null } }, 'a.b')).toBeUndefined();
  });

  it('normalises times to UTC ISO strings and rejects non-dates naming the field', () => {
    expect(optionalTime(record, 'a.t')).toBe('2024-02-01T07:00:00.000Z');
    expect(() => optionalTime({ t: 'yesterday' }, 't')).toThrow('field t: expected a date-time, got "yesterday"');
    expect(() => requiredTime({}, 'when')).toThrow('field when: required but missing');
  });

  it('names the field of a missing or mistyped required value', () => {
    expect(() => requiredString({ s: '' }, 's')).toThrow('field s: required but missing');
    expect(() => requiredString(record, 'a')).toThrow('field a: expected a string, got object');
    expect(() => requiredInteger(record, 'a.n')).toThrow('field a.n: expected an integer, got number');
  });

  it('skips null array elements, rejects other non-objects, and prefixes nested errors', () => {
    expect(() => optionalObjects(record, 'list')).toThrow('field list.2: expected an object, got string');
    expect(optionalObjects({ list: [{ k: 1 }, null] }, 'list')).toEqual([{ k: 1 }]);
    expect(() => within('list.0', () => requiredString({}, 'name'))).toThrow('field list.0.name: required but missing');
  });
});
