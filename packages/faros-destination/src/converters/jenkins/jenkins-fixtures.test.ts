import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FarosRow } from '../../models/faros-row.js';
import {
  ceTables,
  columnProblems,
  convert,
  fixture,
  fixtureUrl,
  sharedReference,
  testContext,
  unfilledDashboardColumns,
} from '../converter-test-kit.js';
import { JENKINS_CONVERTERS } from './index.js';

const haveCe = existsSync(sharedReference('faros-ce/schema.json'));
if (!haveCe) console.warn('Skipping Jenkins column checks: ../shared/reference/faros-ce is missing (no ../shared)');

function convertAllFixtures(): FarosRow[] {
  const context = testContext({}, 'test__jenkins__stream');
  return JENKINS_CONVERTERS.flatMap((c) =>
    fixture('jenkins', c.stream).flatMap((record) => convert(c, record, context)),
  );
}

describe('Jenkins fixtures', () => {
  it('exist, with records, for every converter', () => {
    for (const converter of JENKINS_CONVERTERS) {
      expect(existsSync(fixtureUrl('jenkins', converter.stream)), converter.stream).toBe(true);
      expect(fixture('jenkins', converter.stream).length, converter.stream).toBeGreaterThanOrEqual(3);
    }
  });

  it('put every build on a pipeline the jobs stream writes', () => {
    const rows = convertAllFixtures();
    const pipelines = new Set(
      rows.filter((r) => r.model === 'cicd_Pipeline' && !r.referenceOnly).map((r) => r.values.uid),
    );
    const referenced = new Set(
      rows.filter((r) => r.model === 'cicd_Pipeline' && r.referenceOnly).map((r) => r.values.uid),
    );
    expect([...referenced].filter((uid) => !pipelines.has(uid))).toEqual([]);
  });

  describe.skipIf(!haveCe)('against the Faros CE schema', () => {
    it('writes only tables and writable columns CE has', () => {
      expect(columnProblems(convertAllFixtures(), ceTables())).toEqual([]);
    });

    it('fills every column a CE dashboard reads of the models the Jenkins streams own', () => {
      const owned = [...new Set(JENKINS_CONVERTERS.flatMap((c) => c.ownedModels))];
      expect(unfilledDashboardColumns(convertAllFixtures(), owned, ceTables())).toEqual([]);
    });
  });
});
