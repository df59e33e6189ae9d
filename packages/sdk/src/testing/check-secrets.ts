import { serializeMessage } from '../protocol/serialize.js';
import { type ConformanceFailure, type ConformanceResult, conformanceResult } from './conformance-result.js';
import type { ConnectorRun } from './connector-run.js';

/**
 * No secret appears in any output of the runs: stdout messages (serialized again), stdout lines
 * that were not messages, and stderr. Each secret is looked for as it is and in the forms it
 * takes in JSON strings, URLs and base64. Failures name the run and line, never the secret.
 * Strings and numbers count as secrets; empty values are ignored.
 *
 * @example
 * const secrets = secretValuesOf(spec.connectionSpecification, config);
 * const result = checkSecretsNotInOutput([...basicRead.runs, ...incremental.runs], secrets);
 */
export function checkSecretsNotInOutput(runs: readonly ConnectorRun[], secrets: readonly unknown[]): ConformanceResult {
  const forms = secrets.flatMap((secret, index) =>
    typeof secret === 'string' || typeof secret === 'number'
      ? variantsOf(String(secret)).map((text) => ({ text, index }))
      : [],
  );
  const failures: ConformanceFailure[] = [];
  if (forms.length === 0) return conformanceResult('secrets not in output', failures, runs);
  const found = (text: string): number | undefined => forms.find((f) => text.includes(f.text))?.index;
  runs.forEach((run, r) => {
    const report = (where: string, secret: number): void => {
      failures.push({ rule: 'secret-in-output', message: `run ${r + 1}: ${where} contains secret #${secret + 1}` });
    };
    run.messages.forEach((message, m) => {
      const secret = found(serializeMessage(message));
      if (secret !== undefined) report(`message ${m + 1} (${message.type})`, secret);
    });
    for (const line of run.invalidLines) {
      const secret = found(line.text);
      if (secret !== undefined) report(`stdout line ${line.lineNumber}`, secret);
    }
    run.stderr.split('\n').forEach((line, i) => {
      const secret = found(line);
      if (secret !== undefined) report(`stderr line ${i + 1}`, secret);
    });
  });
  return conformanceResult('secrets not in output', failures, runs);
}

function variantsOf(secret: string): string[] {
  if (secret.length === 0) return [];
  const json = JSON.stringify(secret).slice(1, -1);
  return [...new Set([secret, json, encodeURIComponent(secret), Buffer.from(secret, 'utf8').toString('base64')])];
}
