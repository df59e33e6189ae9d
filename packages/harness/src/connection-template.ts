import type { ConnectorSpecification, JsonSchema } from '@faros-ce/sdk';

/** What {@link connectionTemplate} needs. */
export interface TemplateInput {
  readonly name: string;
  readonly source: string;
  readonly sourceSpec: ConnectorSpecification;
  readonly destination: string;
  readonly destinationSpec: ConnectorSpecification;
}

/**
 * A commented connection file (YAML) from the connectors' specs: every field with its title,
 * description, whether it is required and its default; secrets as `${VAR}` references (never
 * values in the file); optional fields without a default commented out.
 */
export function connectionTemplate(input: TemplateInput): string {
  const envPrefix = input.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  const lines = [
    `# Connection ${input.name}: ${input.source} into ${input.destination}.`,
    `# Values may reference environment variables as \${VAR}; an unset one is an error.`,
    '# Run: airbyte-harness check <this file>, then airbyte-harness sync <this file>',
    `name: ${input.name}`,
    'source:',
    `  connector: ${input.source}`,
    '  config:',
    ...fields(input.sourceSpec.connectionSpecification as JsonSchema, 4, envPrefix),
    'destination:',
    `  connector: ${input.destination}`,
    '  config:',
    ...fields(input.destinationSpec.connectionSpecification as JsonSchema, 4, envPrefix),
    '# Streams to sync (default: all). Each may set sync_mode (incremental, full_refresh),',
    '# destination_sync_mode (append, overwrite, append_dedup), cursor_field and primary_key.',
    '# streams:',
    '#   - name: <stream>',
    '#     sync_mode: incremental',
    `# Destination stream prefix (default: <name>__<source type>__).`,
    '# prefix: ...',
    '# How often `sync --every file` syncs: manual, or a duration such as 30m, 1h, 1d.',
    'frequency: manual',
    '',
  ];
  return lines.join('\n');
}

function fields(schema: JsonSchema, indent: number, envPrefix: string): string[] {
  const pad = ' '.repeat(indent);
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).sort(
    ([, a], [, b]) => Number(a.order ?? 999) - Number(b.order ?? 999),
  );
  const required = new Set((schema.required ?? []) as string[]);
  const out: string[] = [];
  for (const [key, property] of properties) {
    const isRequired = required.has(key);
    const about = [property.title, property.description].filter((t) => typeof t === 'string' && t !== '').join(': ');
    const facts = [isRequired ? 'required' : 'optional'];
    if (property.default !== undefined) facts.push(`default ${JSON.stringify(property.default)}`);
    if (Array.isArray(property.enum)) facts.push(`one of ${property.enum.map((v) => JSON.stringify(v)).join(', ')}`);
    if (property.airbyte_secret === true) facts.push('secret');
    out.push(`${pad}# ${oneLine(about)}${about ? ' ' : ''}(${facts.join(', ')})`);
    const options = Array.isArray(property.oneOf) ? (property.oneOf as JsonSchema[]) : undefined;
    const nested = property.type === 'object' && property.properties ? property : options?.[0];
    const comment = isRequired || property.default !== undefined ? '' : '# ';
    if (nested && (nested.properties || options)) {
      if (options)
        out.push(
          `${pad}# one of: ${options.map((o, i) => o.title ?? `option ${i + 1}`).join(' | ')} (the first shown)`,
        );
      const inner = fields(nested, indent + 2, envPrefix);
      out.push(`${pad}${comment}${key}:`, ...(comment ? inner.map((l) => `${pad}# ${l.trimStart()}`) : inner));
      continue;
    }
    out.push(`${pad}${comment}${key}: ${valueFor(property, `${envPrefix}_${key.toUpperCase()}`)}`);
  }
  return out;
}

function valueFor(property: JsonSchema, envName: string): string {
  if (property.airbyte_secret === true) return `\${${envName.replace(/[^A-Z0-9_]/g, '_')}}`;
  if (property.default !== undefined) return JSON.stringify(property.default);
  if (Array.isArray(property.examples) && property.examples.length > 0) return JSON.stringify(property.examples[0]);
  switch (property.type) {
    case 'array':
      return '[]';
    case 'integer':
    case 'number':
      return '0';
    case 'boolean':
      return 'false';
    default:
      return '""';
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
