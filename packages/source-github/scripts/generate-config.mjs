// Generates src/generated/config.ts (the typed config) from the spec in src/spec.ts.
// `node scripts/generate-config.mjs --check` exits 1 when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outPath = join(root, 'src', 'generated', 'config.ts');

/** The TypeScript text of the config type, from the spec's connection specification. */
export async function generateConfigTypes() {
  const { spec } = await import(join(root, 'src', 'spec.ts'));
  const schema = structuredClone(spec.connectionSpecification);
  schema.title = 'GithubConfig';
  return compile(schema, 'GithubConfig', {
    bannerComment:
      '/* Generated from src/spec.ts by scripts/generate-config.mjs. Do not edit: run `npm run generate:config`. */',
    additionalProperties: false,
    strictIndexSignatures: false,
    style: { singleQuote: true, printWidth: 120 },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const generated = await generateConfigTypes();
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
