import { describe, expect, it } from 'vitest';
import { echoStateLine } from './echo-state-line.js';

describe('echoStateLine', () => {
  it('adds destinationStats at the end of the state object and changes nothing else', () => {
    const line = '{"type":"STATE","state":{"type":"STREAM","id":7,"x":{"state":"}{"}},"extra":[1,"]"]}';
    expect(echoStateLine(line, { recordCount: 3 })).toBe(
      '{"type":"STATE","state":{"type":"STREAM","id":7,"x":{"state":"}{"},"destinationStats":{"recordCount":3}},"extra":[1,"]"]}',
    );
  });

  it('keeps whitespace, escapes and big numbers byte for byte', () => {
    const line = '{ "type" : "STATE", "state" : { "data" : { "q\\"uote" : 12345678901234567890123 , "e" : "\\\\" } } }';
    const echoed = echoStateLine(line, { recordCount: 0 });
    expect(echoed).toBe(
      '{ "type" : "STATE", "state" : { "data" : { "q\\"uote" : 12345678901234567890123 , "e" : "\\\\" } ,"destinationStats":{"recordCount":0}} }',
    );
    expect(JSON.parse(echoed).state.destinationStats).toEqual({ recordCount: 0 });
  });

  it('fills an empty state object', () => {
    expect(echoStateLine('{"type":"STATE","state":{}}', { recordCount: 1 })).toBe(
      '{"type":"STATE","state":{"destinationStats":{"recordCount":1}}}',
    );
  });

  it('replaces destinationStats the line already had, the last one when the name repeats', () => {
    const line = '{"type":"STATE","state":{"destinationStats":{"a":1},"b":true,"destinationStats":{"recordCount":99}}}';
    expect(echoStateLine(line, { recordCount: 2, rejectedRecordCount: 1 })).toBe(
      '{"type":"STATE","state":{"destinationStats":{"a":1},"b":true,"destinationStats":{"recordCount":2,"rejectedRecordCount":1}}}',
    );
  });

  it('finds the state member when its name is escaped or it repeats, as JSON.parse does', () => {
    const line = '{"state":{"old":true},"type":"STATE","st\\u0061te":{"new":true}}';
    const echoed = JSON.parse(echoStateLine(line, { recordCount: 4 }));
    expect(echoed.state).toEqual({ new: true, destinationStats: { recordCount: 4 } });
  });
});
