// Generates src/generated/config.ts (the config type) from the connection specification in src/spec.ts.
// `node scripts/generate-config.mjs --check` exits 1 when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outPath = join(root, 'src', 'generated', 'config.ts');

export async function generateConfigType() {
  const { connectionSpecification } = await import(join(root, 'src', 'spec.ts'));
  // Without the UI hints, which json-schema-to-typescript would otherwise put in the comments.
  const schema = structuredClone(connectionSpecification);
  delete schema.$schema;
  delete schema.title;
  schema.additionalProperties = false;
  for (const property of Object.values(schema.properties)) {
    delete property.title;
    delete property.order;
    delete property.examples;
  }
  return compile(schema, 'JenkinsConfig', {
    bannerComment:
      '/* Generated from src/spec.ts by scripts/generate-config.mjs. Do not edit: run `npm run generate:config`. */',
    additionalProperties: false,
    style: { singleQuote: true, printWidth: 110 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const generated = await generateConfigType();
  if (process.argv.includes('--check')) {
    const current = await readFile(outPath, 'utf8').catch(() => '');
    if (current !== generated) {
      console.error(`${outPath} is stale: run npm run generate:config`);
      process.exit(1);
    }
  } else {
    await writeFile(outPath, generated);
    console.error(`wrote ${outPath}`);
  }
}
