import { describe, expect, it } from 'vitest';
import { checkFullRefreshTwice } from './check-full-refresh.js';
import { inProcess } from './connector-under-test.js';
import { Departments, GOOD_CONFIG, MemorySource } from './fixtures/memory-source.js';

/** Loses department 2 on every read after the first: the second full refresh no longer covers the first. */
function forgetfulSource(): MemorySource {
  let reads = 0;
  class Forgetful extends Departments {
    override *read() {
      reads++;
      for (const row of super.read()) if (reads === 1 || row.id !== 2) yield row;
    }
  }
  return new MemorySource(() => [new Forgetful()]);
}

/** Rows without a primary key whose content changes between reads. */
function changingKeylessSource(): MemorySource {
  let reads = 0;
  class Changing extends Departments {
    override readonly primaryKey = [];
    override *read() {
      reads++;
      yield { id: 1, title: reads === 1 ? 'old' : 'new' };
    }
  }
  return new MemorySource(() => [new Changing()]);
}

describe('checkFullRefreshTwice', () => {
  it('passes when the second read covers the first', async () => {
    const result = await checkFullRefreshTwice(inProcess(new MemorySource()), GOOD_CONFIG);
    expect(result.failures).toEqual([]);
    expect(result.runs).toHaveLength(3);
  });

  it('reports records of the first read missing from the second, by primary key', async () => {
    const result = await checkFullRefreshTwice(inProcess(forgetfulSource()), GOOD_CONFIG);
    expect(result.failures).toEqual([
      {
        rule: 'full-refresh-coverage',
        stream: 'departments',
        message: '1 records of the first read are missing from the second, e.g. [2]',
      },
    ]);
  });

  it('compares whole records when the stream has no primary key', async () => {
    const result = await checkFullRefreshTwice(inProcess(changingKeylessSource()), GOOD_CONFIG);
    expect(result.failures.map((f) => [f.rule, f.stream])).toEqual([['full-refresh-coverage', 'departments']]);
  });
});
