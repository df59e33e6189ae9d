import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ConnectorRun, configuredCatalogFrom, inProcess } from '@faros-ce/sdk/testing';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JiraSource } from '../src/jira-source.js';
import { FLAVORS, type Flavor, jiraConfig, startJiraSandbox } from './jira-sandbox.js';

// ../shared relative to the repository root: absent in a user's clone.
const airbyteDir = fileURLToPath(
  new URL('../../../../shared/reference/airbyte-sources/source-jira/schemas/', import.meta.url),
);
const haveAirbyte = existsSync(airbyteDir);
if (!haveAirbyte) console.warn(`Airbyte's Jira schemas are not at ${airbyteDir}: their validation is skipped`);

/** Our streams without a counterpart in Airbyte's catalog (dropped there in 4.0.0). */
const OURS_ONLY = new Set(['issue_pull_requests']);

/** Where Jira itself differs from Airbyte's schemas: what the records carry is what Jira sends. */
const KNOWN_DIFFERENCES: readonly { flavor?: Flavor; problem: RegExp; why: string }[] = [
  {
    problem: /^\/fields\/closedSprints must be null,object$/,
    why: "the agile API sends closedSprints as a list of sprints; Airbyte's schema says one object",
  },
  {
    flavor: 'data_center',
    problem:
      /^\/(fields\/(description|environment)|fields\/worklog\/worklogs\/\d+\/comment|fields\/comment\/comments\/\d+\/body|body|comment) must be (null,)?object$/,
    why: 'Data Center (REST v2) writes texts as wiki-markup strings; Airbyte describes Cloud v3 ADF documents',
  },
];

const sandbox = await startJiraSandbox({ seed: 3 });
afterAll(() => sandbox.close());

const runs = new Map<Flavor, { run: ConnectorRun; schemas: Map<string, object> }>();
beforeAll(async () => {
  for (const flavor of FLAVORS) {
    const subject = inProcess(new JiraSource());
    const config = jiraConfig(sandbox, flavor);
    const catalog = (await subject.discover(config)).catalog;
    if (!catalog) throw new Error('no catalog');
    const run = await subject.read(config, configuredCatalogFrom(catalog));
    if (run.exitCode !== 0) throw new Error(`the ${flavor} read failed: ${JSON.stringify(run.traces('ERROR'))}`);
    runs.set(flavor, { run, schemas: new Map(catalog.streams.map((s) => [s.name, s.json_schema])) });
  }
});

function problems(validate: ValidateFunction, records: readonly Record<string, unknown>[], flavor?: Flavor): string[] {
  const out: string[] = [];
  for (const record of records) {
    const name = String(record.id ?? record.key ?? record.label);
    if (validate(record)) continue;
    const left = (validate.errors ?? [])
      .map((e) => `${e.instancePath} ${e.message}`)
      .filter(
        (p) => !KNOWN_DIFFERENCES.some((d) => (d.flavor === undefined || d.flavor === flavor) && d.problem.test(p)),
      );
    if (left.length > 0) out.push(`${name}: ${left.join('; ')}`);
  }
  return out.slice(0, 5);
}

describe.each(FLAVORS)('records of %s', (flavor) => {
  it('every stream has records and every record matches our schema', () => {
    const { run, schemas } = runs.get(flavor) ?? { run: undefined, schemas: new Map() };
    const ajv = new Ajv({ strict: false, allErrors: true });
    for (const [stream, schema] of schemas) {
      const records = run?.records(stream).map((r) => r.data) ?? [];
      expect(records.length, stream).toBeGreaterThan(0);
      expect(problems(ajv.compile(schema), records), stream).toEqual([]);
    }
  });

  it.skipIf(!haveAirbyte)('every record matches the Airbyte Jira source’s schema of its stream', () => {
    const { run, schemas } = runs.get(flavor) ?? { run: undefined, schemas: new Map() };
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const found: Record<string, string[]> = {};
    for (const stream of schemas.keys()) {
      if (OURS_ONLY.has(stream)) continue;
      const airbyte = JSON.parse(readFileSync(`${airbyteDir}${stream}.json`, 'utf8'));
      delete airbyte.$schema;
      const records = run?.records(stream).map((r) => r.data) ?? [];
      found[stream] = problems(ajv.compile(airbyte), records, flavor);
    }
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(15);
    expect(Object.fromEntries(Object.entries(found).filter(([, p]) => p.length > 0))).toEqual({});
  });
});
