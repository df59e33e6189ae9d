// Writes the benchmark's input: Airbyte RECORD lines of GitHub pull_requests and commits (Airbyte's GitHub
// source shapes, from the destination's fixtures), about 7 KB each, alternating, with a STATE every 1,000
// records per stream. The same bytes for the same count.
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';

const fixture = (name) =>
  JSON.parse(
    readFileSync(
      new URL(`../../packages/faros-destination/test/fixtures/github/${name}.jsonl`, import.meta.url),
      'utf8',
    ).split('\n')[0],
  );

const PARAGRAPH =
  'This change reworks the session handling so that "remember me" tokens survive a restart;\ttabs, quotes and an emoji 🚀 included.\r\n';

function pad(text, size) {
  let out = text;
  while (out.length < size) out += PARAGRAPH;
  return out;
}

/** Writes `count` records to `path`; resolves to the bytes written. */
export async function generate(path, count, prefix = 'bench') {
  const pr = fixture('pull_requests');
  const commit = fixture('commits');
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (line) => {
    bytes += Buffer.byteLength(line) + 1;
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  const repos = ['Web-App', 'Api', 'Mobile', 'Infra'];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(i / 2) + 1;
    const repo = `Acme-Corp/${repos[n % repos.length]}`;
    const day = new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString().replace('.000Z', 'Z');
    const sha = n.toString(16).padStart(40, 'c');
    let stream;
    let data;
    if (i % 2 === 0) {
      stream = `${prefix}__github__pull_requests`;
      data = {
        ...pr,
        repository: repo,
        number: n,
        id: 9_000_000 + n,
        title: `PROJ-${n % 500} Change ${n}`,
        body: pad(`Change ${n}\n\n`, 5200),
        created_at: day,
        updated_at: day,
        merge_commit_sha: sha,
      };
    } else {
      stream = `${prefix}__github__commits`;
      data = { ...commit, repository: repo, sha, commit: { ...commit.commit, message: pad(`Commit ${n}\n\n`, 5600) } };
    }
    await write(JSON.stringify({ type: 'RECORD', record: { stream, data, emitted_at: 1_700_000_000_000 } }));
    if ((i + 1) % 2000 === 0 || i === count - 1) {
      for (const s of ['pull_requests', 'commits']) {
        await write(
          JSON.stringify({
            type: 'STATE',
            state: {
              type: 'STREAM',
              stream: { stream_descriptor: { name: `${prefix}__github__${s}` }, stream_state: { n } },
            },
          }),
        );
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
