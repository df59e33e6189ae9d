import { describe, expect, it } from 'vitest';
import { type Message, recordMessage } from './messages.js';
import { ProtocolError, parseMessage, parseMessageOrThrow } from './parse.js';
import { serializeMessage } from './serialize.js';

/** Parses a line that must be invalid and returns the error. */
function failure(line: string, lineNumber?: number): ProtocolError {
  const result = parseMessage(line, lineNumber);
  if (result.ok) throw new Error(`expected ${line} to be rejected`);
  return result.error;
}

describe('parseMessage', () => {
  it('gives a typed RECORD message', () => {
    const result = parseMessage(
      '{"type":"RECORD","record":{"stream":"pulls","data":{"id":1},"emitted_at":1700000000000}}',
    );
    expect(result.ok).toBe(true);
    if (!result.ok || result.message.type !== 'RECORD') throw new Error('not a record');
    // The discriminant narrows to the record payload.
    expect(result.message.record.stream).toBe('pulls');
    expect(result.message.record.data).toEqual({ id: 1 });
    expect(result.message.record.emitted_at).toBe(1700000000000);
  });

  it('accepts each message type with a valid payload', () => {
    const lines = [
      '{"type":"STATE","state":{"type":"STREAM","stream":{"stream_descriptor":{"name":"a"}}}}',
      '{"type":"LOG","log":{"level":"INFO","message":"hi"}}',
      '{"type":"CONNECTION_STATUS","connectionStatus":{"status":"SUCCEEDED"}}',
      '{"type":"TRACE","trace":{"type":"ERROR","emitted_at":1,"error":{"message":"x"}}}',
    ];
    for (const line of lines) expect(parseMessage(line).ok, line).toBe(true);
  });

  it('reports bad JSON with the line number', () => {
    const error = failure('{"type":"RECORD",', 7);
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error.lineNumber).toBe(7);
    expect(error.reason).toMatch(/^not valid JSON/);
    expect(error.message).toMatch(/^line 7: not valid JSON/);
  });

  it('reports a value that is not an object', () => {
    for (const line of ['[]', '42', 'null', '"RECORD"']) {
      expect(failure(line, 1).reason).toBe('message must be a JSON object');
    }
  });

  it('reports a missing or non-string type', () => {
    expect(failure('{"record":{}}', 2).reason).toBe('message has no string "type"');
    expect(failure('{"type":5}', 2).reason).toBe('message has no string "type"');
  });

  it('reports an unknown type by name', () => {
    const error = failure('{"type":"BANANA","banana":{}}', 3);
    expect(error.reason).toBe('unknown message type "BANANA"');
    expect(error.message).toBe('line 3: unknown message type "BANANA"');
  });

  it('does not take inherited property names for message types', () => {
    expect(failure('{"type":"toString"}').reason).toBe('unknown message type "toString"');
    expect(failure('{"type":"__proto__"}').reason).toBe('unknown message type "__proto__"');
  });

  it('reports a missing payload, naming the field it expected', () => {
    const error = failure('{"type":"RECORD"}', 4);
    expect(error.reason).toBe('RECORD message must carry an object in "record"');
    expect(error.lineNumber).toBe(4);
    expect(failure('{"type":"STATE","state":[]}').reason).toBe('STATE message must carry an object in "state"');
    expect(failure('{"type":"LOG","log":null}').reason).toBe('LOG message must carry an object in "log"');
  });

  it('reports a payload field of the wrong type, naming the field', () => {
    const error = failure('{"type":"RECORD","record":{"stream":"s","data":{},"emitted_at":"yesterday"}}', 9);
    expect(error.reason).toBe('record.emitted_at: must be integer');
    expect(error.message).toBe('line 9: record.emitted_at: must be integer');
    expect(failure('{"type":"RECORD","record":{"stream":"s","data":{},"emitted_at":1.5}}').reason).toBe(
      'record.emitted_at: must be integer',
    );
    expect(failure('{"type":"RECORD","record":{"stream":"s","data":[],"emitted_at":1}}').reason).toBe(
      'record.data: must be object',
    );
  });

  it('reports a missing required payload field and a bad enum value', () => {
    expect(failure('{"type":"RECORD","record":{"data":{},"emitted_at":1}}').reason).toBe('record.stream: is required');
    expect(failure('{"type":"LOG","log":{"level":"LOUD","message":"m"}}').reason).toMatch(
      /^log\.level: must be one of "FATAL", "ERROR"/,
    );
  });

  it('omits the line prefix when no line number is given', () => {
    expect(failure('nope').message).toMatch(/^not valid JSON/);
    expect(failure('nope').lineNumber).toBeUndefined();
  });
});

describe('parseMessageOrThrow', () => {
  it('returns the message or throws the ProtocolError', () => {
    expect(parseMessageOrThrow('{"type":"LOG","log":{"level":"INFO","message":"m"}}').type).toBe('LOG');
    expect(() => parseMessageOrThrow('{"type":"LOG"}', 12)).toThrow(ProtocolError);
    expect(() => parseMessageOrThrow('{"type":"LOG"}', 12)).toThrow(/^line 12: LOG message/);
  });
});

describe('round trip', () => {
  it('keeps unknown fields of a STATE message, at every depth', () => {
    const original = {
      type: 'STATE',
      state: {
        type: 'STREAM',
        id: 42,
        stream: {
          stream_descriptor: { name: 'pulls', namespace: 'faros', future_hint: true },
          stream_state: { cursor: '2024-01-01T00:00:00Z', nested: { deep: [1, { x: null }] } },
          unknown_object: { a: { b: 'c' } },
        },
        sourceStats: { recordCount: 10, unknownStat: 'kept' },
      },
      platform_extra: ['top', 'level'],
    };
    const line = JSON.stringify(original);
    const parsed = parseMessageOrThrow(line);
    const again = JSON.parse(serializeMessage(parsed));
    expect(again).toEqual(original);
    expect((again as typeof original).state.id).toBe(42);
  });

  it('keeps unknown fields of a RECORD message', () => {
    const original = {
      type: 'RECORD',
      record: { stream: 's', data: { a: 1 }, emitted_at: 5, meta: { changes: [] }, extra: { z: 1 } },
    };
    expect(JSON.parse(serializeMessage(parseMessageOrThrow(JSON.stringify(original))))).toEqual(original);
  });
});

describe('serializeMessage', () => {
  it('writes one line even when strings hold line breaks', () => {
    const message: Message = recordMessage(
      'pulls',
      { body: 'first\nsecond\r\nthird\rfourth', separator: 'a\u2028b\u2029c', nested: { list: ['x\ny'] } },
      undefined,
      1,
    );
    const line = serializeMessage(message);
    expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(line.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(1);
    // And the text is still what was given.
    expect(parseMessageOrThrow(line)).toEqual(message);
  });
});
