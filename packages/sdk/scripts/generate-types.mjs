// Generates src/protocol/generated.ts from schema/airbyte-protocol.schema.json.
// `node scripts/generate-types.mjs --check` exits 1 when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(root, 'schema', 'airbyte-protocol.schema.json');
const outPath = join(root, 'src', 'protocol', 'generated.ts');

export async function generateProtocolTypes() {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  return compile(schema, 'AirbyteProtocol', {
    bannerComment:
      '/* Generated from schema/airbyte-protocol.schema.json by scripts/generate-types.mjs. Do not edit: run `npm run generate:types`. */',
    unreachableDefinitions: true,
    additionalProperties: true,
    strictIndexSignatures: false,
    style: { singleQuote: true, printWidth: 110 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const generated = await generateProtocolTypes();
  if (process.argv.includes('--check')) {
    const current = await readFile(outPath, 'utf8').catch(() => '');
    if (current !== generated) {
      console.error(`${outPath} is stale: run npm run generate:types`);
      process.exit(1);
    }
  } else {
    await writeFile(outPath, generated);
    console.error(`wrote ${outPath}`);
  }
}
