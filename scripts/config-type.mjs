// Shared by the connectors' scripts/generate-config.mjs: the typed config each one generates from its
// spec with json-schema-to-typescript, and the `--check` / write command around it. Each package keeps
// only what differs: how it trims its spec's UI hints and the type's name.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const BANNER =
  '/* Generated from src/spec.ts by scripts/generate-config.mjs. Do not edit: run `npm run generate:config`. */';

/**
 * The TypeScript text of `typeName` for a (prepared) connection specification. `options` may set
 * `printWidth` (default 110) and `strictIndexSignatures`.
 */
export function configTypeOf(schema, typeName, options = {}) {
  return compile(schema, typeName, {
    bannerComment: BANNER,
    additionalProperties: false,
    ...(options.strictIndexSignatures === undefined ? {} : { strictIndexSignatures: options.strictIndexSignatures }),
    style: { singleQuote: true, printWidth: options.printWidth ?? 110 },
  });
}

/**
 * When `scriptUrl` is the script node runs, writes `outPath` from `generate()`; with `--check`, exits 1
 * instead when the committed file differs.
 */
export async function runConfigTypeScript(scriptUrl, outPath, generate) {
  if (process.argv[1] !== fileURLToPath(scriptUrl)) return;
  const generated = await generate();
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
