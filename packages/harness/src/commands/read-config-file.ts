import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { interpolateEnv } from '../connection/interpolate-env.js';
import { EXIT, HarnessError } from '../harness-error.js';

/**
 * Reads a connector config file (JSON or YAML) with `${VAR}` references filled from the
 * environment. Errors name the file and the problem (missing file, unset variable, bad syntax).
 */
export function readConfigFile(
  path: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new HarnessError(
      `cannot read config file ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      EXIT.badInput,
    );
  }
  const filled = interpolateEnv(text, env);
  if (!filled.ok) {
    throw new HarnessError(`${path}: the variable ${filled.unset.name} is not set`, EXIT.badInput);
  }
  let value: unknown;
  try {
    value = parse(filled.value);
  } catch (error) {
    throw new HarnessError(`${path}: not valid JSON or YAML: ${(error as Error).message}`, EXIT.badInput);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new HarnessError(`${path}: a config must be an object`, EXIT.badInput);
  }
  return value as Record<string, unknown>;
}

/**
 * Records from a JSON-lines file, by stream: the RECORD messages of a captured `read` (other
 * messages are skipped), or bare `{"stream": ..., "data": {...}}` lines.
 */
export function readRecordsFile(path: string): Record<string, Record<string, unknown>[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new HarnessError(
      `cannot read records file ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      EXIT.badInput,
    );
  }
  const byStream: Record<string, Record<string, unknown>[]> = {};
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let message: { type?: string; record?: { stream?: string; data?: unknown }; stream?: string; data?: unknown };
    try {
      message = JSON.parse(line);
    } catch {
      throw new HarnessError(`${path}:${i + 1}: not a JSON line`, EXIT.badInput);
    }
    const record = message.type === 'RECORD' ? message.record : message.type === undefined ? message : undefined;
    if (!record || typeof record.stream !== 'string' || typeof record.data !== 'object' || record.data === null) return;
    byStream[record.stream] ??= [];
    byStream[record.stream]?.push(record.data as Record<string, unknown>);
  });
  if (Object.keys(byStream).length === 0) throw new HarnessError(`${path}: no records in it`, EXIT.badInput);
  return byStream;
}
