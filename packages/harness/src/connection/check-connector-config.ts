import { type ConnectorSpecification, configProblems, type JsonSchema } from '@faros-ce/sdk';
import type { Connection } from './connection.js';
import { ConnectionFileError } from './connection-error.js';

/**
 * Checks one side's config against its connector's spec, as Airbyte's platform does before it
 * runs a connector: the first problem becomes a {@link ConnectionFileError} at the field's line
 * (or its parent's, for a missing field), naming the rule. Values are never quoted.
 */
export function checkConnectorConfig(
  connection: Connection,
  side: 'source' | 'destination',
  spec: ConnectorSpecification,
): void {
  const endpoint = connection[side];
  const { problems } = configProblems(spec.connectionSpecification as JsonSchema, endpoint.config);
  const problem = problems[0];
  if (problem === undefined) return;
  const inner = problem.field === 'config' ? [] : problem.field.split('.');
  const path = [side, 'config', ...inner];
  const rule = `${problem.message} (rule ${problem.rule} of ${endpoint.connector}'s spec)${
    problems.length > 1 ? `; ${problems.length - 1} more problem(s)` : ''
  }`;
  throw new ConnectionFileError(connection.locate(path), path.join('.'), rule);
}
