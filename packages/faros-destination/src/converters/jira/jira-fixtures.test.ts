import { existsSync, readFileSync } from 'node:fs';
import { configProblems } from '@faros-ce/sdk';
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
import { JIRA_CONVERTERS } from './index.js';

// `issue_pull_requests` is our own stream (Airbyte's source has none), so it has no Airbyte schema.
const OUR_STREAMS = new Set(['issue_pull_requests']);
const schemaDir = sharedReference('airbyte-sources/source-jira/schemas/');
const haveSchemas = existsSync(schemaDir);
const haveCe = existsSync(sharedReference('faros-ce/schema.json'));
if (!haveSchemas) console.warn(`Skipping Jira fixture schema checks: ${schemaDir.pathname} is missing (no ../shared)`);
if (!haveCe) console.warn('Skipping Jira column checks: ../shared/reference/faros-ce is missing (no ../shared)');

/** Every fixture through every converter, in an order a sync may use, with one shared context. */
function convertAllFixtures(): FarosRow[] {
  const context = testContext();
  const order = ['issue_fields', 'projects', ...JIRA_CONVERTERS.map((c) => c.stream)];
  const streams = [...new Set(order)];
  return streams.flatMap((stream) => {
    const converter = JIRA_CONVERTERS.find((c) => c.stream === stream);
    if (converter === undefined) throw new Error(`no converter ${stream}`);
    return fixture('jira', stream).flatMap((record) => convert(converter, record, context));
  });
}

describe('Jira fixtures', () => {
  it('exist, with records, for every converter, and convert without error', () => {
    for (const converter of JIRA_CONVERTERS) {
      expect(existsSync(fixtureUrl('jira', converter.stream)), converter.stream).toBe(true);
      expect(fixture('jira', converter.stream).length, converter.stream).toBeGreaterThanOrEqual(3);
    }
    expect(convertAllFixtures().length).toBeGreaterThan(0);
  });

  describe.skipIf(!haveSchemas)("against Airbyte's Jira stream schemas", () => {
    for (const converter of JIRA_CONVERTERS.filter((c) => !OUR_STREAMS.has(c.stream))) {
      it(`${converter.stream} records validate`, () => {
        const schema = JSON.parse(readFileSync(new URL(`${converter.stream}.json`, schemaDir), 'utf8')) as Record<
          string,
          unknown
        >;
        for (const [i, record] of fixture('jira', converter.stream).entries()) {
          expect(configProblems(schema, record).problems, `${converter.stream}[${i}]`).toEqual([]);
        }
      });
    }
  });

  describe.skipIf(!haveCe)('against the Faros CE schema', () => {
    it('writes only tables and writable columns CE has', () => {
      expect(columnProblems(convertAllFixtures(), ceTables())).toEqual([]);
    });

    it('fills every column a CE dashboard reads of the models the Jira streams own', () => {
      const owned = [...new Set(JIRA_CONVERTERS.flatMap((c) => c.ownedModels))];
      expect(unfilledDashboardColumns(convertAllFixtures(), owned, ceTables())).toEqual([]);
      // The check itself sees columns: with no rows, the sprint dashboards' columns are unfilled.
      expect(unfilledDashboardColumns([], ['tms_Task'], ceTables())).toEqual(
        expect.arrayContaining(['tms_Task.points', 'tms_Task.statusCategory']),
      );
    });
  });
});
