import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { convert, fixture, fixtureDir, sharedReference } from '../converter-test-kit.js';
import { GITHUB_CONVERTERS } from './index.js';

// Airbyte's GitHub stream schemas, in the shared reference folder next to the repository.
const SCHEMAS_DIR = fileURLToPath(sharedReference('airbyte-sources/source-github/schemas_from_manifest/'));
const haveSchemas = existsSync(SCHEMAS_DIR);
if (!haveSchemas) console.warn(`skipping the fixture schema checks: ${SCHEMAS_DIR} is absent`);

const fixtureStreams = readdirSync(fixtureDir('github'))
  .filter((name) => name.endsWith('.jsonl'))
  .map((name) => name.slice(0, -'.jsonl'.length));

describe('GitHub fixtures', () => {
  it('exist for every converter, and every fixture has a converter', () => {
    const streams = GITHUB_CONVERTERS.map((c) => c.stream).sort();
    expect(fixtureStreams.sort()).toEqual(streams);
  });

  it.each(GITHUB_CONVERTERS.map((c) => [c.stream, c] as const))('%s: every record converts', (stream, converter) => {
    const records = fixture('github', stream);
    expect(records.length).toBeGreaterThanOrEqual(2);
    const rows = records.flatMap((record) => convert(converter, record));
    expect(rows.some((r) => r.referenceOnly !== true)).toBe(true);
  });
});

describe.skipIf(!haveSchemas)("GitHub fixtures against Airbyte's stream schemas", () => {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });

  it.each(fixtureStreams)('%s: every record validates', (stream) => {
    // The schemas declare draft-04; the keywords they use mean the same to Ajv's default draft.
    const { $schema: _draft, ...schema } = JSON.parse(readFileSync(`${SCHEMAS_DIR}${stream}.json`, 'utf8')) as Record<
      string,
      unknown
    >;
    const validate = ajv.compile(schema);
    for (const [index, record] of fixture('github', stream).entries()) {
      const valid = validate(record);
      expect(valid ? [] : (validate.errors ?? []).map((e) => `record ${index} ${e.instancePath} ${e.message}`)).toEqual(
        [],
      );
    }
  });
});
