import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JENKINS_ROUTES, type JenkinsRoute } from '../src/jenkins/jenkins-routes.js';
import { PERMALINKS } from '../src/jenkins/jenkins-urls.js';
import { type Sandbox, startSandbox } from '../src/sandbox/start-sandbox.js';
import { loadJsonSchemaValidator } from './fidelity/json-schema-validator.js';
import { callerOf, type JenkinsCaller, jenkinsGet } from './jenkins-http.js';
import { SchemaCoverage } from './jenkins-schema-coverage.js';

// ../shared from the repository root (this file is packages/sandbox/test/).
const SCHEMA = fileURLToPath(new URL('../../../../shared/reference/jenkins/json-api.schema.json', import.meta.url));
const hasSchema = existsSync(SCHEMA);
if (!hasSchema) console.warn(`skipping the Jenkins fidelity test: ${SCHEMA} is missing (a clone without ../shared)`);

/** The definition each route's answers are checked against (`crumb`: ours, the schema has none). */
const DEFINITION_OF: Readonly<Record<JenkinsRoute['kind'], string>> = {
  root: 'root',
  crumbIssuer: 'crumb',
  item: 'job',
  build: 'build',
  permalink: 'build',
};

// The crumb issuer's answer as Jenkins documents it; closed.
const CRUMB_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['_class', 'crumb', 'crumbRequestField'],
  properties: {
    _class: { const: 'hudson.security.csrf.DefaultCrumbIssuer' },
    crumb: { type: 'string', minLength: 1 },
    crumbRequestField: { const: 'Jenkins-Crumb' },
  },
};

// Declared properties our answers never fill, and why.
const NEVER_FILLED: Readonly<Record<string, string>> = {
  'root:description': 'the controller has no system message',
  'job:queueItem': 'nothing waits in the queue: builds start when the world starts them',
  'build:artifacts[].displayPath': 'builds archive no artifacts',
  'build:artifacts[].fileName': 'builds archive no artifacts',
  'build:artifacts[].relativePath': 'builds archive no artifacts',
  'changeSet:items[].paths[].editType': 'the world does not know which files a commit touched',
  'changeSet:items[].paths[].file': 'the world does not know which files a commit touched',
  'gitBuildData:buildsByBranchName{}.buildResult': 'the git plugin never records it',
};

const pathOf = (fullName: string): string =>
  fullName
    .split('/')
    .map((name) => `/job/${encodeURIComponent(name)}`)
    .join('');

describe.skipIf(!hasSchema)('Jenkins answers against the reference JSON schema, objects closed', () => {
  let sandbox: Sandbox;
  let jenkins: JenkinsCaller;
  const requests = new Map<JenkinsRoute['kind'], string[]>();

  beforeAll(async () => {
    sandbox = await startSandbox({ services: ['jenkins'], seed: 5 });
    jenkins = callerOf(sandbox);
    const { jobs, builds } = sandbox.world.jenkins;
    const add = (kind: JenkinsRoute['kind'], path: string): void => {
      requests.set(kind, [...(requests.get(kind) ?? []), path]);
    };
    for (const query of ['', '?depth=1', '?depth=2', '?tree=*', '?tree=jobs[*]', '?tree=views[*],primaryView[*]']) {
      add('root', `/api/json${query}`);
    }
    add('crumbIssuer', '/crumbIssuer/api/json');
    for (const job of jobs.values()) {
      const path = pathOf(job.fullName);
      for (const query of ['', '?depth=1', '?tree=*,allBuilds[*],jobs[*]', '?tree=*[*[*]]{0,3}']) {
        add('item', `${path}/api/json${query}`);
      }
      if (!job.buildable) continue;
      for (const link of PERMALINKS) add('permalink', `${path}/${link}/api/json`);
      for (const build of builds.group(job.fullName)) add('build', `${path}/${build.number}/api/json`);
      add('build', `${path}/1/api/json?depth=1`);
    }
    // A deep answer: allBuilds shows at depth 3, every build expanded.
    const small = [...jobs.values()].find((j) => j.buildable && builds.group(j.fullName).length < 8);
    if (small) add('item', `${pathOf(small.fullName)}/api/json?depth=3`);
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it('answers every route with a non-empty body that validates, and nothing undeclared', async () => {
    const validator = loadJsonSchemaValidator(SCHEMA);
    const crumb = new Ajv({ strict: false }).compile(CRUMB_SCHEMA);
    const coverage = new SchemaCoverage(
      (JSON.parse(readFileSync(SCHEMA, 'utf8')) as { definitions: Record<string, { [k: string]: unknown }> })
        .definitions,
    );
    sandbox.service('jenkins').resetStats();
    const problems: string[] = [];
    let answered = 0;
    for (const route of JENKINS_ROUTES) {
      const paths = requests.get(route.kind) ?? [];
      expect(paths.length, `no request exercises ${route.template}`).toBeGreaterThan(0);
      for (const path of paths) {
        const answer = await jenkinsGet(jenkins, path);
        // permalinks without a matching build answer 404; every other request must succeed
        if (answer.status === 404 && route.kind === 'permalink') continue;
        expect(answer.status, path).toBe(200);
        expect(answer.body.length).toBeGreaterThan(2);
        const body = JSON.parse(answer.body) as unknown;
        answered++;
        const definition = DEFINITION_OF[route.kind];
        if (definition === 'crumb') {
          if (!crumb(body)) problems.push(`${path}: ${JSON.stringify(crumb.errors)}`);
          continue;
        }
        problems.push(...validator.validate(definition, body).map((p) => `${path}: ${p}`));
        coverage.record(definition, body);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(answered).toBeGreaterThan(500);
    // every served route was exercised, and nothing was counted outside the route table
    const endpoints = sandbox.service('jenkins').stats().endpoints;
    expect(Object.keys(endpoints).sort()).toEqual(JENKINS_ROUTES.map((r) => `${r.method} ${r.template}`).sort());
    // every property the schema declares shows up non-null somewhere, unless listed with a reason
    const missing = coverage.missing([
      'root',
      'job',
      'build',
      'changeSet',
      'revision',
      'gitBuildData',
      'causeAction',
      'parametersAction',
    ]);
    expect(missing.filter((path) => !(path in NEVER_FILLED))).toEqual([]);
    expect(Object.keys(NEVER_FILLED).filter((path) => !missing.includes(path))).toEqual([]);
  });

  it('rejects what the schema forbids (the check is not vacuous)', () => {
    const validator = loadJsonSchemaValidator(SCHEMA);
    expect(validator.validate('build', { number: 1, result: 'success' })).not.toEqual([]);
    expect(validator.validate('job', { name: 'a', url: 'http://x/job/a' })).not.toEqual([]);
    expect(validator.validate('build', { number: 1, invented: true })).toEqual(['/invented is not in the schema']);
  });
});
