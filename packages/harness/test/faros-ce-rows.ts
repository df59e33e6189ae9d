/**
 * Every non-empty public table of a Faros CE, its rows as sorted JSON text without `refreshedAt`;
 * each of `replace`'s keys (e.g. a simulator's host:port, which differs between sandboxes) replaced.
 */
export async function farosCeRows(
  url: string,
  adminSecret: string,
  replace: Readonly<Record<string, string>> = {},
): Promise<Map<string, string[]>> {
  const tables = await runSql(
    url,
    adminSecret,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const out = new Map<string, string[]>();
  for (const [table] of tables) {
    const name = String(table).replace(/"/g, '""');
    const rows = await runSql(
      url,
      adminSecret,
      `SELECT (to_jsonb(t) - 'refreshedAt')::text AS r FROM "${name}" t ORDER BY 1`,
    );
    const texts = rows.map(([r]) =>
      Object.entries(replace).reduce((t, [from, to]) => t.replaceAll(from, to), String(r)),
    );
    if (texts.length > 0) out.set(String(table), texts.sort());
  }
  return out;
}

async function runSql(url: string, adminSecret: string, sql: string): Promise<(string | null)[][]> {
  const response = await fetch(`${url}/v2/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': adminSecret },
    body: JSON.stringify({ type: 'run_sql', args: { source: 'default', sql, read_only: true } }),
  });
  if (!response.ok) throw new Error(`run_sql: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { result: (string | null)[][] | null };
  return (body.result ?? []).slice(1);
}
