import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { discoverCatalog, inProcess } from '@faros-ce/sdk/testing';
import { GithubSource, STREAM_SCHEMAS } from '@faros-ce/source-github';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubSandbox } from './github-sandbox.js';

const AIRBYTE_DIR = fileURLToPath(
  new URL('../../../../shared/reference/airbyte-sources/source-github/schemas_from_manifest/', import.meta.url),
);
const haveAirbyte = existsSync(AIRBYTE_DIR);
if (!haveAirbyte) console.warn(`skipping the check against Airbyte's schemas: ${AIRBYTE_DIR} is absent`);

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function validatorOf(schema: object): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addFormat('date-time', DATE_TIME);
  // Airbyte's files name the draft by an https URL ajv doesn't know; the keywords are draft-07's.
  const { $schema: _draft, ...body } = schema as { $schema?: string };
  return ajv.compile(body);
}

const gh = await startGithubSandbox({ seed: 2 });
afterAll(() => gh.close());
const subject = inProcess(new GithubSource());
const catalog = await discoverCatalog(subject, gh.config);
const run = await subject.read(gh.config, catalog);

/** The first problem of each stream's records, or nothing. */
function problems(schemaOf: (stream: string) => object): Record<string, string> {
  const found: Record<string, string> = {};
  for (const stream of Object.keys(STREAM_SCHEMAS)) {
    const validate = validatorOf(schemaOf(stream));
    for (const record of run.records(stream)) {
      if (!validate(record.data)) {
        found[stream] = JSON.stringify(validate.errors?.slice(0, 2));
        break;
      }
    }
  }
  return found;
}

describe('records of a full sync', () => {
  it('exist for every stream', () => {
    expect(run.exitCode).toBe(0);
    for (const stream of Object.keys(STREAM_SCHEMAS)) expect(run.records(stream).length, stream).toBeGreaterThan(0);
  });

  it('validate against our declared schemas', () => {
    expect(problems((stream) => STREAM_SCHEMAS[stream] as object)).toEqual({});
  });

  it.skipIf(!haveAirbyte)("validate against the schemas of Airbyte's GitHub source", () => {
    expect(problems((stream) => JSON.parse(readFileSync(`${AIRBYTE_DIR}${stream}.json`, 'utf8')))).toEqual({});
  });

  it('carry deployment statuses, which Airbyte schema leaves open and the Faros converter reads', () => {
    const deployments = run.records('deployments').map((r) => r.data);
    const withStatuses = deployments.filter((d) => Array.isArray(d.statuses) && d.statuses.length > 0);
    expect(withStatuses.length).toBeGreaterThan(0);
    const world = gh.sandbox.world.github.deployments;
    for (const d of withStatuses) {
      const stored = world.get(`${d.repository}/deployments/${d.id}`);
      expect((d.statuses as { state: string }[]).length).toBe(stored?.statuses.length);
    }
  });

  it('keep Airbyte record shapes: `repository` on per-repository records, renamed reactions', () => {
    const issue = run.records('issues')[0]?.data as { repository: string; reactions?: Record<string, unknown> };
    expect(issue.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
    if (issue.reactions) {
      expect(issue.reactions).toHaveProperty('plus_one');
      expect(issue.reactions).not.toHaveProperty('+1');
    }
    const pull = run.records('pull_requests')[0]?.data as { head: Record<string, unknown> };
    expect(pull.head).toHaveProperty('repo_id');
    expect(pull.head).not.toHaveProperty('repo');
  });
});
