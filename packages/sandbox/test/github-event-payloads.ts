import { readFileSync } from 'node:fs';
import { openApiToJsonSchema } from './fidelity/openapi-to-json-schema.js';
import { createFidelityAjv } from './fidelity/openapi-validator.js';

const SCHEMA_OF: Record<string, string> = {
  PushEvent: 'push-event',
  PullRequestEvent: 'pull-request-event',
  IssuesEvent: 'issues-event',
  WatchEvent: 'watch-event',
  CreateEvent: 'create-event',
  ReleaseEvent: 'release-event',
};

/**
 * Problems of the payloads of `/repos/{owner}/{repo}/events` entries, each checked against the payload
 * schema its `type` names (the description's `oneOf` cannot tell them apart: PublicEvent accepts any object).
 */
export function eventPayloadProblems(specPath: string, events: unknown): string[] {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { components: { schemas: Record<string, unknown> } };
  const baseId = 'openapi:events';
  const ajv = createFidelityAjv();
  ajv.addSchema({ $id: baseId, definitions: openApiToJsonSchema(spec.components.schemas, baseId) });
  const problems: string[] = [];
  for (const [index, event] of (events as { type: string; payload: unknown }[]).entries()) {
    const name = SCHEMA_OF[event.type];
    if (name === undefined) {
      problems.push(`/${index}/type ${event.type} has no payload schema here`);
      continue;
    }
    const validate = ajv.getSchema(`${baseId}#/definitions/${name}`);
    if (validate === undefined) throw new Error(`no schema ${name}`);
    if (validate(event.payload) !== true) {
      problems.push(...(validate.errors ?? []).map((e) => `/${index}/payload${e.instancePath} ${e.message}`));
    }
  }
  return problems;
}
