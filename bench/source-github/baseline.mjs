// Baseline for bench/source-github: the straightforward REST way to read pull requests with their
// reviews, commits and stats — list the pulls, then per pull request GET the pull (stats), its
// reviews and its commits. Prints one JSON line: {records, pulls}.
// Usage: node baseline.mjs <api url> <token> <owner/repo,...> <max pull requests>
import { Octokit } from '@octokit/rest';

const [baseUrl, token, repoList, maxArg] = process.argv.slice(2);
const max = Number(maxArg);
const octokit = new Octokit({ baseUrl, auth: token, log: { debug() {}, info() {}, warn() {}, error() {} } });
let records = 0;
let pulls = 0;
// Serialises each record, as a source would, without printing it.
let bytes = 0;
const out = (value) => {
  records++;
  bytes += JSON.stringify(value).length;
};
for (const full of repoList.split(',')) {
  const [owner, repo] = full.split('/');
  for await (const page of octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls', {
    owner,
    repo,
    state: 'all',
    per_page: 100,
  })) {
    for (const pr of page.data) {
      if (pulls >= max) break;
      pulls++;
      out(pr);
      const pull_number = pr.number;
      out((await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number })).data);
      for (const review of await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner,
        repo,
        pull_number,
        per_page: 100,
      }))
        out(review);
      for (const commit of await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
        owner,
        repo,
        pull_number,
        per_page: 100,
      }))
        out(commit);
    }
    if (pulls >= max) break;
  }
  if (pulls >= max) break;
}
console.log(JSON.stringify({ records, pulls, bytes }));
