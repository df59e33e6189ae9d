// Generates src/schemas/<stream>.json: our JSON schema of each stream's records. Field names and
// types are facts taken from Airbyte's GitHub source (../shared/reference/airbyte-sources/source-github/
// schemas_from_manifest); descriptions, titles and examples are dropped, every object stays open to
// extra fields, and our own additions (deployments.statuses) are declared here.
// `node scripts/generate-schemas.mjs --check` exits 1 when a committed schema differs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_DIR = join(
  root,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'airbyte-sources',
  'source-github',
  'schemas_from_manifest',
);
const outDir = join(root, 'src', 'schemas');

/** The streams of the source, in the order the README lists them. */
export const STREAMS = [
  'repositories',
  'organizations',
  'users',
  'assignees',
  'collaborators',
  'teams',
  'team_members',
  'team_memberships',
  'branches',
  'tags',
  'releases',
  'commits',
  'pull_requests',
  'pull_request_stats',
  'pull_request_commits',
  'reviews',
  'review_comments',
  'issues',
  'issue_labels',
  'issue_milestones',
  'comments',
  'workflows',
  'workflow_runs',
  'workflow_jobs',
  'deployments',
];

const KEPT = new Set([
  'type',
  'format',
  'properties',
  'items',
  'anyOf',
  'oneOf',
  'allOf',
  '$ref',
  'definitions',
  'enum',
  'additionalProperties',
]);

function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!KEPT.has(key)) continue;
    if (key === 'properties' || key === 'definitions') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strip(sub)]));
    } else out[key] = strip(value);
  }
  return out;
}

const user = {
  type: ['null', 'object'],
  properties: { login: { type: ['null', 'string'] }, id: { type: ['null', 'integer'] } },
};

/** Fields we add to Airbyte's shapes. */
const ADDITIONS = {
  deployments: {
    statuses: {
      type: ['null', 'array'],
      items: {
        type: ['null', 'object'],
        properties: {
          id: { type: ['null', 'integer'] },
          node_id: { type: ['null', 'string'] },
          state: { type: ['null', 'string'] },
          description: { type: ['null', 'string'] },
          environment: { type: ['null', 'string'] },
          target_url: { type: ['null', 'string'] },
          log_url: { type: ['null', 'string'] },
          environment_url: { type: ['null', 'string'] },
          created_at: { type: ['null', 'string'], format: 'date-time' },
          updated_at: { type: ['null', 'string'], format: 'date-time' },
          creator: user,
        },
      },
    },
  },
};

/** Our schema of one stream, from Airbyte's. */
export function schemaOf(stream) {
  const reference = JSON.parse(readFileSync(join(REFERENCE_DIR, `${stream}.json`), 'utf8'));
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', ...strip(reference) };
  schema.type = 'object';
  schema.additionalProperties = true;
  schema.properties = { ...schema.properties, ...(ADDITIONS[stream] ?? {}) };
  return schema;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(REFERENCE_DIR)) {
    console.error(`${REFERENCE_DIR} is absent: nothing to generate from`);
    process.exit(2);
  }
  let stale = 0;
  for (const stream of STREAMS) {
    const path = join(outDir, `${stream}.json`);
    const schema = schemaOf(stream);
    if (process.argv.includes('--check')) {
      const current = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
      if (!isDeepStrictEqual(current, schema)) {
        console.error(`${path} is stale`);
        stale++;
      }
    } else writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  }
  if (stale > 0) process.exit(1);
  if (!process.argv.includes('--check')) console.error(`wrote ${STREAMS.length} schemas to ${outDir}`);
}
