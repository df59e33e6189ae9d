#!/usr/bin/env node
// Generates src/models/faros-ce-models.json from the Faros CE schema reference
// (../shared/reference/faros-ce/schema.json at the repository's parent): per table its writable columns
// with their types and nullability, the natural key in `pkey` order (and how each part is rendered), the
// reference columns with their target table, and Hasura's array relationships (used to keep referenced
// rows in resets). `--check` compares (as data) instead of writing and exits 1 when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const schemaPath =
  process.argv.find((a) => a.endsWith('.json')) ?? here('../../../../shared/reference/faros-ce/schema.json');
const outPath = here('../src/models/faros-ce-models.json');

/** The models as data, from the parsed schema.json. */
export function buildModels(schema) {
  const models = {};
  for (const table of [...schema.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const columns = {};
    for (const column of table.columns) {
      if (!column.writable || column.name === 'origin' || column.name === 'refreshedAt') continue;
      const entry = { type: column.type, nullable: column.nullable };
      if (column.foreign_key) entry.references = column.foreign_key;
      columns[column.name] = entry;
    }
    const key = table.natural_key_detail.map((part) => {
      const kind = part.references
        ? 'reference'
        : part.note?.includes('jsonb::text')
          ? 'jsonb'
          : part.note === 'computed component'
            ? 'epochMillis'
            : 'plain';
      return { column: part.column, kind };
    });
    const backReferences = (table.hasura?.array_relationships ?? []).map((r) => ({
      relationship: r.name,
      table: r.remote_table,
      column: r.remote_column,
    }));
    models[table.name] = { key, columns, backReferences };
  }
  return { source: 'reference/faros-ce/schema.json (faros-community-edition canonical-schema)', models };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const models = buildModels(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const text = `${JSON.stringify(models, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    // Compared as data: Biome formats the file its own way.
    const current = JSON.stringify(JSON.parse(readFileSync(outPath, 'utf8')));
    if (current !== JSON.stringify(models)) {
      process.stderr.write('src/models/faros-ce-models.json is stale: run npm run generate:models\n');
      process.exit(1);
    }
  } else {
    writeFileSync(outPath, text);
    process.stderr.write(`wrote ${outPath}\n`);
  }
}
