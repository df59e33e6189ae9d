import { describe, expect, it } from 'vitest';
import { BoundedQueue } from './bounded-queue.js';

describe('BoundedQueue', () => {
  it('makes producers wait while full and keeps order', async () => {
    const queue = new BoundedQueue<number>(2);
    const pushed: number[] = [];
    const producer = (async () => {
      for (let i = 0; i < 10; i++) {
        await queue.push(i);
        pushed.push(i);
        expect(queue.size).toBeLessThanOrEqual(2);
      }
      queue.close();
    })();
    await new Promise((r) => setImmediate(r));
    expect(pushed.length).toBeLessThanOrEqual(2);
    const got: number[] = [];
    for (let v = await queue.pop(); v !== undefined; v = await queue.pop()) got.push(v);
    await producer;
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('gives undefined to a waiting consumer on close', async () => {
    const queue = new BoundedQueue<number>(1);
    const waiting = queue.pop();
    queue.close();
    expect(await waiting).toBeUndefined();
  });
});
