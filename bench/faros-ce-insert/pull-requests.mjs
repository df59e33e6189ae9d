// Deterministic vcs_PullRequest rows for the benchmark, and the two ways of writing them.

/** The columns both pipelines write, in this order. */
export const COLUMNS = [
  'uid',
  'number',
  'title',
  'state',
  'url',
  'createdAt',
  'updatedAt',
  'mergedAt',
  'commitCount',
  'commentCount',
  'diffStats',
  'author',
  'repository',
  'origin',
  'refreshedAt',
];
const JSONB = new Set(['state', 'diffStats']);
const UPDATED = COLUMNS.filter((column) => column !== 'uid' && column !== 'repository');

export const ORGANIZATION = 'GitHub|bench-org';
export const REPOSITORY = `${ORGANIZATION}|bench-repo`;
export const AUTHORS = Array.from({ length: 50 }, (_, i) => `GitHub|user-${i}`);

/** Parents the pull requests point at: one organisation, one repository, 50 users. */
export const PARENTS_SQL = `
  INSERT INTO "vcs_Organization" (uid, source, name) VALUES ('bench-org', 'GitHub', 'Bench');
  INSERT INTO "vcs_Repository" (uid, organization, name) VALUES ('bench-repo', '${ORGANIZATION}', 'bench-repo');
  INSERT INTO "vcs_User" (uid, source) SELECT 'user-' || i, 'GitHub' FROM generate_series(0, 49) AS i;`;

function xorshift(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/**
 * `count` pull requests shaped like the GitHub converter's, the same for the same seed and pass; pass 1
 * changes titles, states and times of the same pull requests (the upsert pass).
 */
export function pullRequests(count, seed, pass, refreshedAt) {
  const random = xorshift(seed + pass * 7919);
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const created = start + Math.floor(random() * 365 * 86_400_000);
    const merged = random() < 0.7 ? new Date(created + Math.floor(random() * 5 * 86_400_000)) : null;
    const open = merged === null && random() < 0.5;
    return {
      uid: String(i + 1),
      number: i + 1,
      title: `PROJ-${i % 997} Fix “${pass ? 'revised' : 'initial'}” handling of ünïcode paths #${i}`,
      state: merged
        ? { category: 'Merged', detail: 'MERGED' }
        : { category: open ? 'Open' : 'Closed', detail: open ? 'OPEN' : 'CLOSED' },
      url: `https://github.com/bench-org/bench-repo/pull/${i + 1}`,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created + 3_600_000 * (1 + pass)).toISOString(),
      mergedAt: merged?.toISOString() ?? null,
      commitCount: 1 + Math.floor(random() * 20),
      commentCount: Math.floor(random() * 30),
      diffStats: {
        linesAdded: Math.floor(random() * 500),
        linesDeleted: Math.floor(random() * 200),
        filesChanged: 1 + Math.floor(random() * 40),
      },
      author: AUTHORS[Math.floor(random() * AUTHORS.length)],
      repository: REPOSITORY,
      origin: 'bench',
      refreshedAt,
    };
  });
}

const quoted = (name) => `"${name}"`;

/** A multi-row INSERT ... ON CONFLICT (id) DO UPDATE for `batch`, with its parameters. */
export function directUpsert(batch) {
  const width = COLUMNS.length;
  const tuples = batch.map((_, row) => `(${COLUMNS.map((_, column) => `$${row * width + column + 1}`).join(', ')})`);
  const updates = UPDATED.map((column) => `${quoted(column)} = EXCLUDED.${quoted(column)}`);
  const sql =
    `INSERT INTO "vcs_PullRequest" (${COLUMNS.map(quoted).join(', ')}) VALUES ${tuples.join(', ')} ` +
    `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`;
  const params = batch.flatMap((pr) =>
    COLUMNS.map((column) => (JSONB.has(column) ? JSON.stringify(pr[column]) : pr[column])),
  );
  return { sql, params };
}

/** The Hasura mutation the Faros destination sends for a batch: upsert on the primary key. */
export const ENDPOINT_MUTATION = `mutation upsert($objects: [vcs_PullRequest_insert_input!]!) {
  insert_vcs_PullRequest(
    objects: $objects
    on_conflict: {constraint: vcs_PullRequest_pkey, update_columns: [${UPDATED.join(', ')}]}
  ) { affected_rows }
}`;

/** The mutation's request body for `batch`, as a client sends it. */
export function endpointBody(batch) {
  return JSON.stringify({ query: ENDPOINT_MUTATION, variables: { objects: batch } });
}
