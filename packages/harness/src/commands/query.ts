import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startFarosCe } from '@faros-ce/sandbox';
import type { Command } from 'commander';
import { type FarosCeEndpoint, isGraphql, runGraphql, runSql, type SqlRow } from '../faros-ce/faros-ce-client.js';
import { EXIT, HarnessError } from '../harness-error.js';
import { commandAction, printJson } from './command-action.js';

/** Options of `airbyte-harness query`. */
export interface QueryCommandOptions {
  /** The demo's folder, whose Faros CE is opened (default `.faros-ce`). */
  readonly dir: string;
  /** Query a running Faros CE (Hasura) instead. */
  readonly url?: string;
  readonly adminSecret?: string;
  readonly json?: boolean;
}

/** Rows as an aligned text table. */
export function formatRows(rows: readonly SqlRow[]): string {
  const first = rows[0];
  if (!first) return '(no rows)';
  const columns = Object.keys(first);
  const cells = rows.map((r) => columns.map((c) => r[c] ?? 'NULL'));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

async function withEndpoint<T>(
  options: QueryCommandOptions,
  fn: (endpoint: FarosCeEndpoint) => Promise<T>,
): Promise<T> {
  if (options.url !== undefined) return fn({ url: options.url, adminSecret: options.adminSecret ?? '' });
  const dir = resolve(options.dir);
  let secret: string;
  try {
    secret = (JSON.parse(await readFile(join(dir, 'demo.json'), 'utf8')) as { adminSecret: string }).adminSecret;
  } catch {
    throw new HarnessError(`no demo data in ${dir}: run airbyte-harness demo first (or pass --url)`, EXIT.badInput);
  }
  // The demo's Faros CE, opened on its kept database for this query only.
  const ce = await startFarosCe({ dataDir: join(dir, 'farosCe'), adminSecret: secret });
  try {
    return await fn({ url: ce.url, adminSecret: secret });
  } finally {
    await ce.close();
  }
}

/** Runs SQL (read-only, through Hasura's run_sql) or GraphQL against the demo's Faros CE, and prints the answer. */
export async function queryCommand(text: string, options: QueryCommandOptions): Promise<number> {
  if (text.trim() === '') throw new HarnessError('the query is empty', EXIT.badInput);
  await withEndpoint(options, async (endpoint) => {
    if (isGraphql(text)) {
      printJson(await runGraphql(endpoint, text));
      return;
    }
    const rows = await runSql(endpoint, text);
    if (options.json) printJson(rows);
    else process.stdout.write(`${formatRows(rows)}\n`);
  });
  return EXIT.ok;
}

/** Adds `query` to the harness's command line. */
export function registerQueryCommand(program: Command): void {
  program
    .command('query')
    .description("read the demo's Faros CE: SQL (read-only) or GraphQL ({ ... } or query ...)")
    .argument('<query>', 'e.g. \'SELECT origin, count(*) FROM "vcs_PullRequest" GROUP BY origin\'')
    .option('--dir <folder>', "the demo's folder", '.faros-ce')
    .option('--url <url>', 'a running Faros CE (Hasura) to query instead')
    .option('--admin-secret <secret>', "that Faros CE's admin secret")
    .option('--json', 'print SQL rows as JSON')
    .action(commandAction('query', queryCommand));
}
