#!/usr/bin/env node
// The glue scripts/try-images.sh needs between container runs, as subcommands:
//   configs <sandbox.json> <dir>         connector configs (and wrong ones) for the sandbox's services
//   catalogs <discover.jsonl> <prefix> <source.json> <destination.json>
//                                        a configured catalog for the source, and the same streams
//                                        prefixed for the destination (Airbyte's stream prefix)
//   prefix <prefix>                      stdin to stdout: the source's RECORD, STATE and stream status
//                                        messages, stream names prefixed; what Airbyte's orchestrator
//                                        forwards to a destination
//   count <read.jsonl> <stream>          how many RECORDs of that stream a read file holds
//   rows <sandbox.json> <model> <origin> how many rows of that model and origin Faros CE holds
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const [command, ...args] = process.argv.slice(2);

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function messages(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

// Files the image's non-root user must read.
function writeConfig(dir, name, value) {
  writeJson(join(dir, name), value);
}

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  chmodSync(path, 0o644);
}

async function getJson(url, headers) {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

// One repository and one project keep the reads short; Jenkins is small as it is.
async function configs(sandboxPath, dir) {
  const { github, jira, jenkins, farosCe } = readJson(sandboxPath);
  const repos = await getJson(`${github.url}/user/repos?per_page=1`, { authorization: `Bearer ${github.token}` });
  const basic = `Basic ${Buffer.from(`${jira.email}:${jira.token}`).toString('base64')}`;
  const projects = await getJson(`${jira.url}/rest/api/3/project/search?maxResults=1`, { authorization: basic });
  const githubConfig = {
    credentials: { option_title: 'PAT Credentials', personal_access_token: github.token },
    repositories: [repos[0].full_name],
    api_url: github.url,
  };
  const jiraConfig = { domain: jira.url, email: jira.email, api_token: jira.token, projects: [projects.values[0].key] };
  const jenkinsConfig = { server_url: jenkins.url, user: jenkins.user, token: jenkins.token };
  const edition = { edition: 'community', hasura_url: farosCe.url, hasura_admin_secret: farosCe.adminSecret };
  writeConfig(dir, 'source-github.json', githubConfig);
  writeConfig(dir, 'source-github-invalid.json', {
    ...githubConfig,
    credentials: { option_title: 'PAT Credentials', personal_access_token: 'ghp_wrong' },
  });
  writeConfig(dir, 'source-jira.json', jiraConfig);
  writeConfig(dir, 'source-jira-invalid.json', { ...jiraConfig, api_token: 'wrong' });
  writeConfig(dir, 'source-jenkins.json', jenkinsConfig);
  writeConfig(dir, 'source-jenkins-invalid.json', { ...jenkinsConfig, token: 'wrong' });
  writeConfig(dir, 'faros-destination.json', { edition_configs: edition });
  writeConfig(dir, 'faros-destination-invalid.json', { edition_configs: { ...edition, hasura_admin_secret: 'wrong' } });
}

function catalogs(discoverPath, prefix, sourcePath, destinationPath) {
  const catalog = messages(discoverPath).find((m) => m.type === 'CATALOG')?.catalog;
  if (catalog === undefined) throw new Error(`${discoverPath} holds no CATALOG message`);
  const configured = (rename) => ({
    streams: catalog.streams.map((stream) => ({
      stream: { ...stream, name: rename(stream.name) },
      sync_mode: 'full_refresh',
      destination_sync_mode: 'append',
    })),
  });
  writeJson(
    sourcePath,
    configured((name) => name),
  );
  writeJson(
    destinationPath,
    configured((name) => `${prefix}${name}`),
  );
}

async function prefixStreams(prefix) {
  const rename = (descriptor) => {
    if (descriptor?.name !== undefined) descriptor.name = `${prefix}${descriptor.name}`;
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!line.startsWith('{')) continue;
    const message = JSON.parse(line);
    if (message.type === 'RECORD') {
      message.record.stream = `${prefix}${message.record.stream}`;
    } else if (message.type === 'STATE') {
      rename(message.state?.stream?.stream_descriptor);
    } else if (message.type === 'TRACE' && message.trace?.type === 'STREAM_STATUS') {
      rename(message.trace.stream_status?.stream_descriptor);
    } else {
      continue;
    }
    process.stdout.write(`${JSON.stringify(message)}\n`);
  }
}

function count(readPath, stream) {
  const records = messages(readPath).filter((m) => m.type === 'RECORD' && m.record.stream === stream);
  process.stdout.write(`${records.length}\n`);
}

async function rows(sandboxPath, model, origin) {
  const { farosCe } = readJson(sandboxPath);
  const response = await fetch(`${farosCe.url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': farosCe.adminSecret },
    body: JSON.stringify({
      query: `query ($origin: String!) { ${model}_aggregate(where: {origin: {_eq: $origin}}) { aggregate { count } } }`,
      variables: { origin },
    }),
  });
  const body = await response.json();
  const found = body.data?.[`${model}_aggregate`]?.aggregate?.count;
  if (found === undefined) throw new Error(`Faros CE: ${JSON.stringify(body).slice(0, 300)}`);
  process.stdout.write(`${found}\n`);
}

switch (command) {
  case 'configs':
    await configs(args[0], args[1]);
    break;
  case 'catalogs':
    catalogs(args[0], args[1], args[2], args[3]);
    break;
  case 'prefix':
    await prefixStreams(args[0]);
    break;
  case 'count':
    count(args[0], args[1]);
    break;
  case 'rows':
    await rows(args[0], args[1], args[2]);
    break;
  default:
    process.stderr.write('usage: try-helpers.mjs configs|catalogs|prefix|count|rows ... (see the top of the file)\n');
    process.exit(2);
}
