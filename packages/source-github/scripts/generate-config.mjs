// Generates src/generated/config.ts (the typed config) from the spec in src/spec.ts.
// `node scripts/generate-config.mjs --check` exits 1 when the committed file is stale.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configTypeOf, runConfigTypeScript } from '../../../scripts/config-type.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The TypeScript text of the config type, from the spec's connection specification. */
export async function generateConfigTypes() {
  const { spec } = await import(join(root, 'src', 'spec.ts'));
  const schema = structuredClone(spec.connectionSpecification);
  schema.title = 'GithubConfig';
  return configTypeOf(schema, 'GithubConfig', { printWidth: 120, strictIndexSignatures: false });
}

await runConfigTypeScript(import.meta.url, join(root, 'src', 'generated', 'config.ts'), generateConfigTypes);
