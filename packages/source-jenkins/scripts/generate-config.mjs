// Generates src/generated/config.ts (the config type) from the connection specification in src/spec.ts.
// `node scripts/generate-config.mjs --check` exits 1 when the committed file is stale.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configTypeOf, runConfigTypeScript } from '../../../scripts/config-type.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
  return configTypeOf(schema, 'JenkinsConfig');
}

await runConfigTypeScript(import.meta.url, join(root, 'src', 'generated', 'config.ts'), generateConfigType);
