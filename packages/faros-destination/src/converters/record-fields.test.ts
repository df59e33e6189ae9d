import { describe, expect, it } from 'vitest';
import {
  fieldError,
  hasValue,
  optionalId,
  optionalNumber,
  optionalObjects,
  optionalString,
  optionalStrings,
  optionalTime,
  requiredId,
  requiredInteger,
  requiredNumber,
  requiredObject,
  requiredString,
  requiredTime,
  within,
  withinObject,
  withinObjects,
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

  it('reads ids given as strings or numbers, as strings', () => {
    expect(optionalId({ id: 10001 }, 'id')).toBe('10001');
    expect(optionalId({ id: '10001' }, 'id')).toBe('10001');
    expect(optionalId({ id: null }, 'id')).toBeUndefined();
    expect(() => optionalId({ id: true }, 'id')).toThrow('field id: expected a string or number id, got boolean');
    expect(() => requiredId({ id: '' }, 'id')).toThrow('field id: required but missing');
  });

  it('reads finite numbers, required objects, string arrays and presence', () => {
    expect(optionalNumber(record, 'a.n')).toBe(1.5);
    expect(() => requiredNumber({ n: '1' }, 'n')).toThrow('field n: expected a number, got string');
    expect(() => requiredNumber({}, 'n')).toThrow('field n: required but missing');
    expect(requiredObject(record, 'a')).toBe(record.a);
    expect(() => requiredObject({ a: [] }, 'a')).toThrow('field a: expected an object, got array');
    expect(optionalStrings({ s: ['x', null, 'y'] }, 's')).toEqual(['x', 'y']);
    expect(() => optionalStrings({ s: ['x', 2] }, 's')).toThrow('field s.1: expected a string, got number');
    expect([hasValue(record, 'a.b'), hasValue({ a: null }, 'a'), hasValue({}, 'a')]).toEqual([true, false, false]);
  });

  it('reads inside nested objects and arrays, naming fields by their full path and original index', () => {
    expect(withinObject(record, 'a', (a) => optionalString(a, 'b'))).toBe('x');
    expect(withinObject({ a: null }, 'a', () => 'read')).toBeUndefined();
    expect(() => withinObject({ a: 'x' }, 'a', () => 'read')).toThrow('field a: expected an object, got string');
    expect(() => withinObject({ a: { b: {} } }, 'a', (a) => requiredString(a, 'b'))).toThrow(
      'field a.b: expected a string, got object',
    );
    const list = { list: [null, { k: 'x' }, { k: 2 }] };
    expect(() => withinObjects(list, 'list', (item) => optionalString(item, 'k'))).toThrow(
      'field list.2.k: expected a string, got number',
    );
    expect(withinObjects({ list: [null, { k: 'x' }] }, 'list', (item, index) => [index, item.k])).toEqual([[1, 'x']]);
    expect(fieldError('a.b', 'not a time').message).toBe('field a.b: not a time');
  });
});
