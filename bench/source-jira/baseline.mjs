// The baseline of the source-jira benchmark: the least a hand-written client does to read every
// issue with its fields and changelog: per project, Jira's search pages (Cloud: /search/jql with
// nextPageToken; Data Center: /search with startAt), 100 issues a page, writing each issue as one
// JSON line to /dev/null. No retries, no state, no schema. Prints {"issues": n} on stderr.
// Usage: node baseline.mjs <url> <cloud|data_center> <authorization header> <project keys, comma-separated>
import { createWriteStream } from 'node:fs';

const [url, flavor, authorization, keys] = process.argv.slice(2);
const out = createWriteStream('/dev/null');
const headers = { authorization, accept: 'application/json' };
let issues = 0;
for (const key of keys.split(',')) {
  const base = `${url}/rest/api/${flavor === 'cloud' ? '3/search/jql' : '2/search'}`;
  const query = new URLSearchParams({
    jql: `project = "${key}" ORDER BY updated ASC`,
    fields: '*all',
    expand: 'changelog',
    maxResults: '100',
  });
  let token;
  let startAt = 0;
  for (;;) {
    if (flavor === 'cloud' && token) query.set('nextPageToken', token);
    if (flavor !== 'cloud') query.set('startAt', String(startAt));
    const response = await fetch(`${base}?${query}`, { headers });
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    const page = await response.json();
    for (const issue of page.issues) {
      if (!out.write(`${JSON.stringify(issue)}\n`)) await new Promise((r) => out.once('drain', r));
    }
    issues += page.issues.length;
    startAt += page.issues.length;
    token = page.nextPageToken;
    if (flavor === 'cloud' ? !token : page.issues.length === 0 || startAt >= page.total) break;
  }
}
out.end();
process.stderr.write(`${JSON.stringify({ issues })}\n`);
