import { describe, expect, it } from 'vitest';
import { classifyAnswer } from './classify-answer.js';

const answer = (status: number, body: unknown) => ({
  status,
  retryAfterMs: undefined,
  body,
  text: JSON.stringify(body),
});
const gqlError = (code: string, path = '$') => ({ errors: [{ message: `m-${code}`, extensions: { code, path } }] });

describe('classifyAnswer', () => {
  it('ok, transient, auth, data and fatal answers', () => {
    expect(classifyAnswer(answer(200, { data: {} })).kind).toBe('ok');
    expect(classifyAnswer({ status: 200, retryAfterMs: undefined, body: undefined, text: 'OK' }).kind).toBe('ok');
    for (const status of [408, 429, 500, 502, 503]) expect(classifyAnswer(answer(status, {})).kind).toBe('transient');
    expect(classifyAnswer(answer(200, gqlError('unexpected'))).kind).toBe('transient');
    expect(classifyAnswer(answer(200, gqlError('access-denied'))).kind).toBe('auth');
    expect(classifyAnswer(answer(401, { code: 'access-denied', error: 'no' })).kind).toBe('auth');
    expect(classifyAnswer(answer(200, gqlError('constraint-violation')))).toEqual({
      kind: 'data',
      code: 'constraint-violation',
      message: 'm-constraint-violation',
    });
    expect(classifyAnswer(answer(200, gqlError('data-exception'))).kind).toBe('data');
    expect(classifyAnswer(answer(200, gqlError('validation-failed', '$.variableValues.o0[1].number'))).kind).toBe(
      'data',
    );
    // A query of ours Hasura cannot parse is a bug, not a record to reject.
    expect(classifyAnswer(answer(200, gqlError('validation-failed', '$.selectionSet.insert_x'))).kind).toBe('fatal');
  });
});
