// Generates src/generated/config.ts (the JiraConfig type) from the connection specification in
// src/spec.ts. `node scripts/generate-config.mjs --check` exits 1 when the committed file is stale.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configTypeOf, runConfigTypeScript } from '../../../scripts/config-type.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The generated TypeScript text. Defaults are applied by the SDK, so fields with one are required. */
export async function generateConfigTypes() {
  const { spec } = await import(join(root, 'src', 'spec.ts'));
  const schema = structuredClone(spec.connectionSpecification);
  const properties = schema.properties ?? {};
  schema.required = [
    ...new Set([...(schema.required ?? []), ...Object.keys(properties).filter((k) => 'default' in properties[k])]),
  ];
  schema.additionalProperties = false;
  delete schema.$schema;
  // Titles would become one type alias per field; the interface reads better without them.
  delete schema.title;
  for (const property of Object.values(properties)) delete property.title;
  return configTypeOf(schema, 'JiraConfig', { strictIndexSignatures: false });
}

await runConfigTypeScript(import.meta.url, join(root, 'src', 'generated', 'config.ts'), generateConfigTypes);
