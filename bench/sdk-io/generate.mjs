// Writes N RECORD lines shaped like GitHub pull requests (~2 KB each), the same bytes for the
// same seed and count, so every run of the benchmark reads identical input.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A small seeded generator (xorshift32): fast, deterministic, good enough for fake data. */
function seeded(seed) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    hex: (length) => {
      let out = '';
      while (out.length < length)
        out += Math.floor(next() * 4294967296)
          .toString(16)
          .padStart(8, '0');
      return out.slice(0, length);
    },
  };
}

const WORDS = (
  'the a fix add remove update refactor test docs build ci flaky cache retry timeout error handler ' +
  'stream record state cursor page token user repo branch merge review commit pipeline deploy config ' +
  'schema migrate parse serialize writer reader buffer chunk line queue worker limit rate backoff ' +
  'should when because instead so that it is not now also only again first last'
).split(' ');
const NAMES = ['octo', 'mona', 'lisa', 'hubot', 'dev', 'ana', 'li', 'sam', 'kai', 'noor', 'zoë', 'jürgen'];
const LABELS = [
  ['bug', 'd73a4a', "Something isn't working"],
  ['enhancement', 'a2eeef', 'New feature or request'],
  ['documentation', '0075ca', 'Improvements or additions to documentation'],
  ['good first issue', '7057ff', 'Good for newcomers'],
  ['dependencies', '0366d6', 'Pull requests that update a dependency file'],
  ['performance', 'fbca04', 'Faster, smaller, or both'],
];
const ASSOCIATIONS = ['OWNER', 'MEMBER', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'NONE'];

function sentence(rng, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(rng.pick(WORDS));
  return `${out.join(' ')}.`;
}

function user(rng) {
  const login = `${rng.pick(NAMES)}-${rng.int(1, 9999)}`;
  const id = rng.int(1000, 90_000_000);
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${rng.hex(8)}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    html_url: `https://github.com/${login}`,
    type: 'User',
    site_admin: false,
  };
}

function timestamp(rng, base) {
  return new Date(base + rng.int(0, 30 * 86_400) * 1000).toISOString().replace('.000Z', 'Z');
}

function pullRequest(rng, n) {
  const repo = `repo-${n % 97}`;
  const created = 1_600_000_000_000 + rng.int(0, 120_000_000) * 1000;
  const merged = rng.next() < 0.6;
  const paragraphs = [];
  for (let p = rng.int(2, 3); p > 0; p--) paragraphs.push(sentence(rng, rng.int(25, 40)));
  // Real bodies carry markdown, quotes, tabs and the odd emoji: all need escaping in JSON.
  const body = `## Summary\r\n${paragraphs.join('\n\n')}\n\n- [x] tests "pass"\t✅\n`;
  const labels = [];
  for (let l = rng.int(0, 3); l > 0; l--) {
    const [name, color, description] = rng.pick(LABELS);
    labels.push({ id: rng.int(1e8, 9e8), node_id: `LA_${rng.hex(12)}`, name, color, default: false, description });
  }
  const branch = `${rng.pick(WORDS)}/${rng.pick(WORDS)}-${n}`;
  return {
    id: 100_000_000 + n,
    node_id: `PR_kwDO${rng.hex(14)}`,
    number: n,
    state: merged ? 'closed' : 'open',
    locked: false,
    title: sentence(rng, rng.int(4, 10)),
    user: user(rng),
    body,
    labels,
    assignees: rng.next() < 0.5 ? [user(rng)] : [],
    requested_reviewers: rng.next() < 0.3 ? [user(rng)] : [],
    created_at: timestamp(rng, created),
    updated_at: timestamp(rng, created + 86_400_000),
    closed_at: merged ? timestamp(rng, created + 2 * 86_400_000) : null,
    merged_at: merged ? timestamp(rng, created + 2 * 86_400_000) : null,
    merge_commit_sha: merged ? rng.hex(40) : null,
    draft: rng.next() < 0.1,
    head: { ref: branch, sha: rng.hex(40), repo: { id: 5000 + (n % 97), name: repo, full_name: `faros/${repo}` } },
    base: { ref: 'main', sha: rng.hex(40), repo: { id: 5000 + (n % 97), name: repo, full_name: `faros/${repo}` } },
    html_url: `https://github.com/faros/${repo}/pull/${n}`,
    author_association: rng.pick(ASSOCIATIONS),
    comments: rng.int(0, 40),
    review_comments: rng.int(0, 60),
    commits: rng.int(1, 30),
    additions: rng.int(0, 5000),
    deletions: rng.int(0, 3000),
    changed_files: rng.int(1, 80),
  };
}

/** The path of the data file for `count` records. */
export function dataFileFor(dir, count) {
  return `${dir}/pull-requests-${count}.jsonl`;
}

/** Creates the data file unless it already exists; returns its size in bytes. */
export async function ensureDataFile(file, count, seed = 42) {
  const existing = await stat(file).catch(() => undefined);
  if (existing) return existing.size;
  await mkdir(dirname(file), { recursive: true });
  // Written under another name first, so an interrupted run never leaves a short file behind.
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { highWaterMark: 1024 * 1024 });
  const rng = seeded(seed);
  const emittedAt = 1_700_000_000_000;
  let batch = '';
  for (let n = 1; n <= count; n++) {
    const message = {
      type: 'RECORD',
      record: { stream: 'pull_requests', data: pullRequest(rng, n), emitted_at: emittedAt + n },
    };
    batch += `${JSON.stringify(message)}\n`;
    if (batch.length >= 1024 * 1024 || n === count) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
    if (n % 200_000 === 0) process.stderr.write(`  generated ${n} records\n`);
  }
  out.end();
  await once(out, 'close');
  await rename(partial, file);
  return (await stat(file)).size;
}
