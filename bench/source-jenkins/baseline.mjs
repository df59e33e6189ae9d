// The baseline: the strategy of the published Faros Jenkins source, in plain Node. One nested
// `tree=` query per page of 10 top-level items, each embedding every folder level below it and the
// full `allBuilds` history of every job; all jobs collected in memory before anything is written.
// Usage: node baseline.mjs <url> <user> <token> <depth>
const [url, user, token, depthArg] = process.argv.slice(2);
const depth = Number(depthArg ?? 4);
const auth = `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
const BUILD =
  'number,id,displayName,fullDisplayName,result,building,timestamp,duration,estimatedDuration,url,actions[causes[shortDescription,userId],parameters[name,value],lastBuiltRevision[SHA1,branch[name]],remoteUrls]';
let level = 'jobs[*]';
for (let i = 0; i < depth; i++)
  level = `jobs[_class,name,fullName,url,displayName,fullDisplayName,buildable,color,allBuilds[${BUILD}],${level}]`;
const jobs = [];
let largest = 0;
let requests = 0;
const collect = (items) => {
  for (const item of items ?? []) {
    jobs.push(item);
    collect(item.jobs);
  }
};
for (let from = 0; ; from += 10) {
  const tree = `${level}{${from},${from + 10}}`;
  const response = await fetch(`${url.replace(/\/$/, '')}/api/json?tree=${encodeURIComponent(tree)}`, {
    headers: { authorization: auth },
  });
  requests++;
  const text = await response.text();
  largest = Math.max(largest, text.length);
  const page = JSON.parse(text).jobs ?? [];
  collect(page);
  if (page.length < 10) break;
}
const out = [];
const flush = () => {
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  out.length = 0;
};
for (const job of jobs) {
  out.push(
    JSON.stringify({
      type: 'RECORD',
      record: {
        stream: 'jobs',
        data: { fullName: job.fullName, name: job.name, url: job.url },
        emitted_at: Date.now(),
      },
    }),
  );
  for (const build of job.allBuilds ?? []) {
    out.push(
      JSON.stringify({
        type: 'RECORD',
        record: { stream: 'builds', data: { job: job.fullName, ...build }, emitted_at: Date.now() },
      }),
    );
  }
  if (out.length > 1000) flush();
}
flush();
process.stderr.write(`${JSON.stringify({ requests, largestResponseBytes: largest })}\n`);
