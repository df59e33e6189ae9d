import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { type ContainerEngine, findContainerEngine, findOnPath } from './container-engine.js';
import { splitCommandLine } from './split-command-line.js';

/** How a connector is run. */
export type ConnectorKind = 'package' | 'command' | 'docker';

/** A program to start: what `spawn` gets. */
export interface Invocation {
  readonly command: string;
  readonly args: readonly string[];
}

/** A connector the harness can run: a workspace package, a local command or a container image. */
export interface Connector {
  /** As written in the connection file (`jenkins`, `node main.js`, `docker:farosai/x:1.0`). */
  readonly ref: string;
  readonly kind: ConnectorKind;
  /** The source type used in stream prefixes (`github`, `jenkins`), derived from the name. */
  readonly type: string;
  /** The program and its fixed arguments, for reports. */
  readonly description: string;
  /**
   * Changes whenever the connector's code does (workspace packages: version and build time);
   * undefined when unknown (commands, images whose tags may move). Keys caches of its spec.
   */
  readonly fingerprint: string | undefined;
  /**
   * The command line running the connector with `args` (`read --config <path> ...`). File paths
   * after `--config`, `--catalog` and `--state` are host paths; an image sees them mounted.
   */
  invocation(args: readonly string[]): Invocation;
}

/** A connector name that is neither a workspace package, nor an image, nor a command on this machine. */
export class UnknownConnectorError extends Error {
  readonly ref: string;
  constructor(ref: string, reason: string) {
    super(`unknown connector '${ref}': ${reason}`);
    this.name = 'UnknownConnectorError';
    this.ref = ref;
  }
}

/** The workspace connectors, by the short name a connection file uses. */
export const WORKSPACE_CONNECTORS: Readonly<Record<string, string>> = {
  github: '@faros-ce/source-github',
  jira: '@faros-ce/source-jira',
  jenkins: '@faros-ce/source-jenkins',
  faros: '@faros-ce/faros-destination',
};

/** Options of {@link resolveConnector}. */
export interface ResolveOptions {
  /** Directory relative commands are resolved against (default: the current one). */
  cwd?: string;
  /** The container engine for `docker:` images (default: docker, else podman, found on PATH). */
  engine?: ContainerEngine | null;
  /** PATH to search commands on (default: this process's). */
  path?: string;
  /** User and group ids an image runs as (default: this process's, so it can read its files). */
  user?: string;
}

const FILE_FLAGS = new Set(['--config', '--catalog', '--state']);
const require = createRequire(import.meta.url);

/**
 * Resolves a connector name: `github`, `jira`, `jenkins`, `faros` (workspace packages, run with
 * this Node), `docker:<image>:<tag>` (run with docker or podman, config, catalog and state mounted
 * as files), or a command line (`node ./dist/main.js`, `/usr/local/bin/source-x`).
 *
 * @throws UnknownConnectorError naming what was looked for.
 */
export function resolveConnector(ref: string, options: ResolveOptions = {}): Connector {
  const trimmed = ref.trim();
  if (trimmed === '') throw new UnknownConnectorError(ref, 'the name is empty');
  const workspace = WORKSPACE_CONNECTORS[trimmed];
  if (workspace !== undefined) return packageConnector(trimmed, workspace);
  if (trimmed.startsWith('docker:')) return dockerConnector(trimmed, options);
  return commandConnector(trimmed, options);
}

function packageConnector(ref: string, packageName: string): Connector {
  let manifestPath: string;
  try {
    manifestPath = require.resolve(`${packageName}/package.json`);
  } catch {
    throw new UnknownConnectorError(ref, `the workspace package ${packageName} is not installed`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: Record<string, string>; version?: string };
  const bin = Object.values(manifest.bin ?? {})[0];
  if (bin === undefined) throw new UnknownConnectorError(ref, `${packageName} declares no bin`);
  const script = resolve(dirname(manifestPath), bin);
  let built: string;
  try {
    const stats = statSync(resolve(dirname(manifestPath), 'dist/main.js'));
    built = `${stats.mtimeMs}-${stats.size}`;
  } catch {
    built = 'unbuilt';
  }
  return {
    ref,
    kind: 'package',
    fingerprint: `${packageName}@${manifest.version ?? '?'}-${built}`,
    type: ref === 'faros' ? 'faros' : ref,
    description: `${packageName} (${script})`,
    invocation: (args) => ({ command: process.execPath, args: [script, ...args] }),
  };
}

function commandConnector(ref: string, options: ResolveOptions): Connector {
  const words = splitCommandLine(ref);
  const [program, ...fixed] = words;
  if (program === undefined) throw new UnknownConnectorError(ref, 'the command is empty');
  const names = Object.keys(WORKSPACE_CONNECTORS).join(', ');
  let command: string | undefined;
  if (program.includes('/')) {
    const full = isAbsolute(program) ? program : resolve(options.cwd ?? process.cwd(), program);
    if (existsSync(full)) command = full;
  } else {
    command = findOnPath(program, options.path ?? process.env.PATH);
  }
  if (command === undefined) {
    throw new UnknownConnectorError(
      ref,
      `not a workspace connector (${names}), not an image (docker:<image>:<tag>), and no command '${program}' found`,
    );
  }
  const cwd = options.cwd ?? process.cwd();
  // Relative script arguments are made absolute, so the connector runs from any directory.
  const args = fixed.map((arg) => (arg.startsWith('.') && existsSync(resolve(cwd, arg)) ? resolve(cwd, arg) : arg));
  const resolvedCommand = command;
  return {
    ref,
    kind: 'command',
    fingerprint: undefined,
    type: typeFromName(words),
    description: [resolvedCommand, ...args].join(' '),
    invocation: (extra) => ({ command: resolvedCommand, args: [...args, ...extra] }),
  };
}

function dockerConnector(ref: string, options: ResolveOptions): Connector {
  const image = ref.slice('docker:'.length);
  if (!/^[a-z0-9][a-z0-9._/:@-]*:[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(image)) {
    throw new UnknownConnectorError(
      ref,
      'an image is named docker:<image>:<tag>, e.g. docker:farosai/airbyte-jenkins-source:0.10.1',
    );
  }
  const engine = options.engine === undefined ? findContainerEngine(options.path) : options.engine;
  const user = options.user ?? userIds();
  return {
    ref,
    kind: 'docker',
    fingerprint: undefined,
    type: typeFromName([image.split(':')[0] ?? image]),
    description: image,
    invocation: (args) => {
      if (engine === undefined || engine === null) {
        throw new UnknownConnectorError(ref, 'running an image needs docker or podman, and neither is installed');
      }
      return { command: engine.path, args: dockerArgs(engine, image, args, user) };
    },
  };
}

/**
 * `run` arguments as Airbyte's docker deployments used them: removed when done, stdin attached
 * (records go in on stdin for a destination), `--init` so signals reach the connector, the host
 * network (the connector reaches services on 127.0.0.1), the files' directories mounted under
 * `/data/job*` with the job directory as working directory.
 */
export function dockerArgs(
  engine: ContainerEngine,
  image: string,
  args: readonly string[],
  user: string | undefined,
): string[] {
  const mounts = new Map<string, string>();
  const mapped: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const previous = i > 0 ? args[i - 1] : undefined;
    if (previous !== undefined && FILE_FLAGS.has(previous)) {
      const dir = dirname(resolve(arg));
      let target = mounts.get(dir);
      if (target === undefined) {
        target = mounts.size === 0 ? '/data/job' : `/data/job-${mounts.size}`;
        mounts.set(dir, target);
      }
      mapped.push(`${target}/${basename(arg)}`);
    } else {
      mapped.push(arg);
    }
  }
  const run = ['run', '--rm', '-i', '--init', '--network', 'host', '--log-driver', 'none'];
  // keep-id maps a rootless user's ids into the container; rootful podman refuses it ("keep-id is
  // only supported in rootless mode") and, like docker, takes --user.
  if (engine.name === 'podman' && user !== undefined && !user.startsWith('0:')) run.push('--userns', 'keep-id');
  else if (user !== undefined) run.push('--user', user);
  for (const [dir, target] of mounts) run.push('-v', `${dir}:${target}:ro`);
  if (mounts.size > 0) run.push('-w', '/data/job');
  if (process.env.LOG_LEVEL !== undefined) run.push('-e', 'LOG_LEVEL');
  return [...run, image, ...mapped];
}

function userIds(): string | undefined {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  return uid === undefined || gid === undefined ? undefined : `${uid}:${gid}`;
}

/**
 * The source type in a connector's name: `farosai/airbyte-jenkins-source` and
 * `packages/source-jenkins/dist/main.js` are both `jenkins`.
 */
export function typeFromName(words: readonly string[]): string {
  for (const word of words) {
    const match = /(?:^|[/_-])(?:airbyte-)?(?:source|destination)-([a-z0-9]+)/i.exec(word);
    if (match?.[1] !== undefined) return match[1].toLowerCase();
    const suffix = /(?:^|\/)(?:airbyte-)?([a-z0-9]+)-(?:source|destination)(?:$|[/:])/i.exec(word);
    if (suffix?.[1] !== undefined) return suffix[1].toLowerCase();
  }
  const last = words[words.length - 1] ?? words[0] ?? 'source';
  return (
    basename(last)
      .replace(/\.[a-z]+$/i, '')
      .toLowerCase() || 'source'
  );
}
