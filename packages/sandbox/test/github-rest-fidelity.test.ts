import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GithubApp } from '../src/github/github-app.js';
import { rateLimitRoute } from '../src/github/rest/rate-limit-route.js';
import { RateBudgets, SANDBOX_RATE_LIMITS } from '../src/github/rest/rate-limits.js';
import { githubRestRoutes } from '../src/github/rest/rest-routes.js';
import { type Sandbox, startSandbox } from '../src/index.js';
import { loadOpenApiValidator } from './fidelity/openapi-validator.js';
import { eventPayloadProblems } from './github-event-payloads.js';
import {
  appJwt,
  concretePath,
  type GithubConnection,
  githubCall,
  installationToken,
  pickGithub,
} from './github-rest-kit.js';

const specPath = fileURLToPath(new URL('../../../../shared/reference/github/rest-api-subset.json', import.meta.url));
const haveSpec = existsSync(specPath);
if (!haveSpec) console.warn(`skipping GitHub REST fidelity: ${specPath} is missing (a clone without ../shared)`);

/** Every route the simulator serves, as `METHOD /template`. */
async function servedOperations(): Promise<string[]> {
  const now = Date.now;
  const routes = githubRestRoutes(
    await GithubApp.create('x'),
    now,
    rateLimitRoute(new RateBudgets(SANDBOX_RATE_LIMITS, now)),
  );
  return routes.map((r) => `${r.method} ${r.path}`);
}

describe.skipIf(!haveSpec)('GitHub REST fidelity against the API description', () => {
  let sandbox: Sandbox;
  let github: GithubConnection;
  const validator = haveSpec ? loadOpenApiValidator(specPath) : undefined;

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 3, services: ['github'] });
    github = sandbox.connectionInfo().github as GithubConnection;
  });
  afterAll(() => sandbox?.close());

  it('serves the 49 operations of the subset, and only those', async () => {
    const served = (await servedOperations()).sort();
    const described = (validator?.operations() ?? []).map((op) => `${op.method} ${op.path}`).sort();
    expect(described).toHaveLength(49);
    expect(served).toEqual(described);
  });

  it('answers every served operation with a non-empty body that matches the description, objects closed', async () => {
    const picks = pickGithub(sandbox.world);
    const jwt = await appJwt(github);
    const installation = await installationToken(github);
    const exercised = new Set<string>();
    const problems: string[] = [];
    for (const operation of await servedOperations()) {
      const [method, template] = operation.split(' ') as [string, string];
      const auth = template.startsWith('/app')
        ? jwt
        : template.startsWith('/installation')
          ? installation
          : github.token;
      const url = `${github.url}${concretePath(template, picks, github.app.installationId)}`;
      const variants: Record<string, string>[] = template.endsWith('/stargazers')
        ? [{}, { accept: 'application/vnd.github.star+json' }]
        : [{}];
      for (const headers of variants) {
        let answer = await githubCall(url, auth, { method, headers });
        // Statistics are computed on the first request (202), as on GitHub.
        if (answer.status === 202) answer = await githubCall(url, auth, { method, headers });
        const expected = method === 'POST' ? 201 : 200;
        if (answer.status !== expected) {
          problems.push(`${operation}: status ${answer.status} ${JSON.stringify(answer.body)}`);
          continue;
        }
        const body = answer.body;
        const empty =
          body === undefined ||
          (Array.isArray(body) && body.length === 0) ||
          (typeof body === 'object' && body !== null && Object.keys(body).length === 0) ||
          (typeof body === 'object' && body !== null && 'total_count' in body && body.total_count === 0);
        if (empty) problems.push(`${operation}: empty body`);
        let checked = body;
        if (template === '/repos/{owner}/{repo}/events') {
          problems.push(...eventPayloadProblems(specPath, body).map((p) => `${operation}: ${p}`));
          // The description's payload oneOf lists PublicEvent as `{type: object}`, which every payload matches:
          // validate the envelope with PublicEvent's payload and the payloads on their own (above).
          checked = (body as Record<string, unknown>[]).map((e) => ({ ...e, payload: {} }));
        }
        const errors = validator?.validateResponse(method, template, expected, checked) ?? [];
        problems.push(...errors.slice(0, 10).map((e) => `${operation}: ${e}`));
      }
      exercised.add(operation);
    }
    expect(problems).toEqual([]);
    expect([...exercised].sort()).toEqual((await servedOperations()).sort());
  });
});
