import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AdvanceSummary, type Sandbox, startSandbox } from '@faros-ce/sandbox';

/** Sizes of the sandbox's world. */
export type DemoScale = 'small' | 'medium' | 'large';

/** One finished demo run, as kept in `demo.json`. */
export interface DemoRunRecord {
  readonly run: number;
  readonly at: string;
  /** World steps when the run synced. */
  readonly steps: number;
  /** API calls the sources made, per service. */
  readonly apiCalls: Readonly<Record<string, number>>;
}

/**
 * What `.faros-ce/demo.json` keeps so the next run sees the same world: the world is rebuilt from
 * its seed and scale and advanced by `steps` (the world is deterministic for these), and Faros CE's
 * database persists beside it. The admin secret stays so the data dir always opens the same way.
 */
export interface DemoRecord {
  readonly version: 1;
  readonly seed: number;
  readonly scale: DemoScale;
  readonly adminSecret: string;
  readonly steps: number;
  /**
   * The services' ports, kept so every run sees the same URLs: Jenkins' host is part of its builds'
   * keys in Faros, so a new port would make every build a new row.
   */
  readonly ports?: Readonly<Record<string, number>>;
  /**
   * The services' credentials, kept so every run's connections have the same config, as a real
   * connection's do: the harness then reuses the catalog it discovered (a new token would rediscover).
   */
  readonly credentials?: Readonly<Record<string, string>>;
  readonly runs: readonly DemoRunRecord[];
}

/** A started demo world. */
export interface DemoWorld {
  readonly sandbox: Sandbox;
  readonly record: DemoRecord;
  /** What the world did since the last run (undefined on a first run). */
  readonly advanced: AdvanceSummary | undefined;
  /** Saves the finished run. */
  finish(run: Omit<DemoRunRecord, 'run' | 'at' | 'steps'>): Promise<DemoRecord>;
}

/** Options of {@link openDemoWorld}. */
export interface OpenDemoWorldOptions {
  /** The demo's folder (`./.faros-ce`). */
  readonly dir: string;
  /** Seed and scale of a new world (a kept world keeps its own). */
  readonly seed?: number;
  readonly scale?: DemoScale;
  /** Start over: delete the folder first. */
  readonly reset?: boolean;
  /** Steps the world moves on before a run that follows another (default 1). */
  readonly advanceSteps?: number;
}

const RECORD_FILE = 'demo.json';

function portsOf(sandbox: Sandbox): Record<string, number> {
  return Object.fromEntries(
    Object.entries(sandbox.services).flatMap(([name, service]) =>
      service ? [[name, Number(new URL(service.url).port)]] : [],
    ),
  );
}

async function readRecord(dir: string): Promise<DemoRecord | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, RECORD_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const record = JSON.parse(text) as DemoRecord;
  if (record.version !== 1 || typeof record.seed !== 'number' || typeof record.steps !== 'number') {
    throw new Error(`${join(dir, RECORD_FILE)} is not a demo record this harness knows; run demo --reset`);
  }
  return record;
}

/** Writes the record atomically (a killed run never leaves half a file). */
async function writeRecord(dir: string, record: DemoRecord): Promise<void> {
  const path = join(dir, RECORD_FILE);
  // It holds the sandbox's secrets: for the owner only.
  await writeFile(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

/**
 * Starts the sandbox (every simulator and the local Faros CE, Faros CE persisted in `dir`) over the
 * demo's world. A world that has run before is rebuilt from its seed and steps, then moved on
 * `advanceSteps`; the new step count is saved before anything syncs, so a run that dies midway is
 * rerun over the same world.
 */
export async function openDemoWorld(options: OpenDemoWorldOptions): Promise<DemoWorld> {
  const { dir } = options;
  if (options.reset) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const kept = await readRecord(dir);
  let record: DemoRecord = kept ?? {
    version: 1,
    seed: options.seed ?? 1,
    scale: options.scale ?? 'small',
    adminSecret: randomBytes(16).toString('hex'),
    steps: 0,
    runs: [],
  };
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({
      seed: record.seed,
      scale: record.scale,
      dataDir: dir,
      adminSecret: record.adminSecret,
      ports: record.ports,
      credentials: record.credentials,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new Error(
      `a port the demo's sandbox keeps (${Object.values(record.ports ?? {}).join(', ')}) is in use: stop what uses it, or start over with demo --reset`,
    );
  }
  let advanced: AdvanceSummary | undefined;
  try {
    record = { ...record, ports: portsOf(sandbox), credentials: sandbox.credentials() };
    if (record.steps > 0) sandbox.world.advance(record.steps);
    if (record.runs.length > 0) {
      const steps = options.advanceSteps ?? 1;
      advanced = sandbox.world.advance(steps);
      record = { ...record, steps: record.steps + steps };
    }
    await writeRecord(dir, record);
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  return {
    sandbox,
    record,
    advanced,
    finish: async (run) => {
      record = {
        ...record,
        runs: [
          ...record.runs,
          { run: record.runs.length + 1, at: new Date().toISOString(), steps: record.steps, ...run },
        ],
      };
      await writeRecord(dir, record);
      return record;
    },
  };
}
