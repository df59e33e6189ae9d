import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  AirbyteCatalog,
  AirbyteConnectionStatus,
  ConnectorSpecification,
  Message,
  SecretMasker,
} from '@faros-ce/sdk';
import { streamCommand } from '@faros-ce/sdk/testing';
import { atomicWrite } from './atomic-write.js';
import { HarnessError } from './harness-error.js';
import type { Connector } from './runner.js';

/** Input files of a connector call; each becomes a file in a private temp dir. */
export interface CallFiles {
  config?: unknown;
  catalog?: unknown;
  state?: unknown;
}

/** What a short connector call (spec, check, discover) printed. */
export interface CallResult {
  readonly messages: readonly Message[];
  readonly exitCode: number | null;
  /** stderr, masked. */
  readonly stderr: string;
}

/** A private temp dir with the call's files; `args` are the matching flags. */
export async function writeCallFiles(
  files: CallFiles,
): Promise<{ dir: string; args: string[]; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'airbyte-harness-'));
  const args: string[] = [];
  for (const [flag, name, value] of [
    ['--config', 'connectorConfig.json', files.config],
    ['--catalog', 'catalog.json', files.catalog],
    ['--state', 'inputState.json', files.state],
  ] as const) {
    if (value === undefined) continue;
    const path = join(dir, name);
    // Config files hold secrets: the owner only.
    await writeFile(path, JSON.stringify(value), { mode: 0o600 });
    args.push(flag, path);
  }
  return { dir, args, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs `verb` and collects its messages (for verbs with small outputs). */
export async function callConnector(
  connector: Connector,
  verb: 'spec' | 'check' | 'discover',
  files: CallFiles = {},
  masker?: SecretMasker,
): Promise<CallResult> {
  const written = await writeCallFiles(files);
  try {
    const { command, args } = connector.invocation([verb, ...written.args]);
    const messages: Message[] = [];
    const exit = await streamCommand(command, args, {
      onLine: (line) => {
        if (line.parsed.ok) messages.push(line.parsed.message);
      },
    }).catch((error: unknown) => {
      throw new HarnessError(`${connector.ref}: cannot start ${command}: ${(error as Error).message}`);
    });
    const stderr = masker ? masker.mask(exit.stderr) : exit.stderr;
    return { messages, exitCode: exit.exitCode, stderr };
  } finally {
    await written.remove();
  }
}

/** The connector's specification. */
export async function connectorSpec(connector: Connector): Promise<ConnectorSpecification> {
  const result = await callConnector(connector, 'spec');
  for (const m of result.messages) if (m.type === 'SPEC') return m.spec;
  throw new HarnessError(`${connector.ref}: spec printed no SPEC message${failureDetail(result)}`);
}

/**
 * The connector's spec, from `cacheDir` when this build of the connector was asked before (spec
 * is fixed per build; asking costs a process start on every sync).
 */
export async function cachedConnectorSpec(connector: Connector, cacheDir: string): Promise<ConnectorSpecification> {
  if (connector.fingerprint === undefined) return connectorSpec(connector);
  const file = join(
    cacheDir,
    `spec-${createHash('sha256').update(connector.fingerprint).digest('hex').slice(0, 24)}.json`,
  );
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ConnectorSpecification;
  } catch {
    const spec = await connectorSpec(connector);
    await mkdir(cacheDir, { recursive: true });
    await atomicWrite(file, JSON.stringify(spec));
    return spec;
  }
}

/** The connector's answer to `check`. */
export async function connectorCheck(
  connector: Connector,
  config: unknown,
  masker?: SecretMasker,
): Promise<AirbyteConnectionStatus> {
  const result = await callConnector(connector, 'check', { config }, masker);
  for (const m of result.messages) if (m.type === 'CONNECTION_STATUS') return m.connectionStatus;
  throw new HarnessError(`${connector.ref}: check printed no CONNECTION_STATUS${failureDetail(result)}`);
}

/** The source's catalog. */
export async function connectorDiscover(
  connector: Connector,
  config: unknown,
  masker?: SecretMasker,
): Promise<AirbyteCatalog> {
  const result = await callConnector(connector, 'discover', { config }, masker);
  for (const m of result.messages) if (m.type === 'CATALOG') return m.catalog;
  throw new HarnessError(`${connector.ref}: discover printed no CATALOG${failureDetail(result)}`);
}

/** The error traces and the end of stderr of a failed call, for a message. */
export function failureDetail(result: CallResult): string {
  const errors = result.messages.flatMap((m) =>
    m.type === 'TRACE' && m.trace.type === 'ERROR' && m.trace.error ? [m.trace.error.message] : [],
  );
  const tail = result.stderr.trim().split('\n').slice(-3).join(' | ');
  const parts = [`exit code ${result.exitCode}`, ...errors, ...(errors.length === 0 && tail ? [tail] : [])];
  return ` (${parts.join('; ')})`;
}
