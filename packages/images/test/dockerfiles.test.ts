import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDockerfile } from '../src/parse-dockerfile.js';

// Airbyte's image contract (see the protocol notes, section 4), checked on each connector's files.
const CONNECTORS = ['source-github', 'source-jira', 'source-jenkins', 'faros-destination'] as const;
const packages = new URL('../../', import.meta.url);
const read = (connector: string, file: string): string =>
  readFileSync(fileURLToPath(new URL(`${connector}/${file}`, packages)), 'utf8');

const REQUIRED_METADATA = [
  'name',
  'definitionId',
  'connectorType',
  'connectorSubtype',
  'dockerRepository',
  'dockerImageTag',
  'license',
  'documentationUrl',
  'githubIssueLabel',
  'releaseStage',
  'allowedHosts',
  'tags',
] as const;

interface Metadata {
  metadataSpecVersion: string;
  data: Record<string, unknown> & { dockerRepository: string; dockerImageTag: string; connectorType: string };
}

describe.each(CONNECTORS)('the %s image', (connector) => {
  const dockerfile = parseDockerfile(read(connector, 'Dockerfile'));
  const metadata = parse(read(connector, 'metadata.yaml')) as Metadata;
  const manifest = JSON.parse(read(connector, 'package.json')) as { version: string; license: string };
  const runs = dockerfile.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);

  it('starts from Node 24 on Debian slim, which has the /bin/sh Airbyte runs connectors with', () => {
    expect(dockerfile.from).toMatch(/^(docker\.io\/library\/)?node:24(\.\d+)*-(bookworm|trixie)-slim$/);
  });

  it('has an exec-form ENTRYPOINT equal to AIRBYTE_ENTRYPOINT, an absolute command', () => {
    const entrypoint = dockerfile.entrypoint;
    if (!Array.isArray(entrypoint)) throw new Error(`ENTRYPOINT is in shell form: ${String(entrypoint)}`);
    expect(entrypoint.length).toBeGreaterThan(0);
    expect(dockerfile.env.AIRBYTE_ENTRYPOINT).toBe(entrypoint.join(' '));
    expect(entrypoint[0]).toMatch(/^\//);
  });

  it('starts run.sh from the bundle (the heap sized from the memory limit), the only thing copied in', () => {
    const copies = dockerfile.instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD');
    expect(copies.map((c) => c.args)).toEqual(['bundle/ /airbyte/app/']);
    expect(dockerfile.entrypoint).toEqual(['/airbyte/app/run.sh']);
    // The build context is the bundle alone: no node_modules, sources or secrets reach the image.
    const ignored = read(connector, '.dockerignore')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(ignored).toEqual(['*', '!bundle/']);
  });

  it('labels io.airbyte.name and io.airbyte.version as metadata.yaml and package.json say', () => {
    expect(dockerfile.labels['io.airbyte.name']).toBe(metadata.data.dockerRepository);
    expect(dockerfile.labels['io.airbyte.version']).toBe(metadata.data.dockerImageTag);
    expect(metadata.data.dockerImageTag).toBe(manifest.version);
    expect(metadata.data.dockerRepository).toBe(`faros-ce/${connector}`);
  });

  it('runs as the non-root user airbyte, which owns /airbyte, its working directory', () => {
    expect(dockerfile.user).toBe('airbyte');
    const setup = runs.join(' && ');
    expect(setup).toMatch(/useradd [^&]*--uid (\d+)[^&]* airbyte(\s|$)/);
    expect(setup).not.toMatch(/useradd [^&]*--uid 0\b/);
    expect(setup).toMatch(/mkdir -p \/airbyte(\s|$)/);
    expect(setup).toMatch(/chown airbyte(:airbyte)? \/airbyte(\s|$)/);
    expect(dockerfile.workdir).toBe('/airbyte');
  });

  it('leaves no build toolchain inside: nothing installed, npm, npx, corepack and yarn removed', () => {
    // Every command but the removals: none may install or build anything.
    const commands = runs.flatMap((run) => run.split(/&&|;/).map((c) => c.trim())).filter((c) => !c.startsWith('rm '));
    for (const command of commands) {
      expect(command).not.toMatch(/^(apt-get|apt|dpkg|npm|npx|yarn|pnpm|corepack|gcc|make|pip|curl|wget)\b/);
    }
    const removals = runs.flatMap((run) => [...run.matchAll(/rm -rf ([^&]+)/g)].flatMap((m) => m[1]?.split(/\s+/)));
    for (const tool of [
      '/usr/local/lib/node_modules',
      '/usr/local/bin/npm',
      '/usr/local/bin/npx',
      '/usr/local/bin/corepack',
      '/usr/local/bin/yarn',
    ]) {
      expect(removals).toContain(tool);
    }
  });

  it("carries Airbyte's metadata fields", () => {
    expect(metadata.metadataSpecVersion).toBe('1.0');
    for (const field of REQUIRED_METADATA) expect(metadata.data, field).toHaveProperty(field);
    expect(metadata.data.definitionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(metadata.data.license).toBe(manifest.license);
    expect(metadata.data.connectorType).toBe(connector.startsWith('source-') ? 'source' : 'destination');
    expect(metadata.data.githubIssueLabel).toBe(connector);
  });
});

describe('the connectors together', () => {
  it('have distinct definitionIds, and only the destination supports refreshes', () => {
    const all = CONNECTORS.map((c) => (parse(read(c, 'metadata.yaml')) as Metadata).data);
    expect(new Set(all.map((d) => d.definitionId)).size).toBe(CONNECTORS.length);
    // Without supportsRefreshes Airbyte never sends the COMPLETE statuses full-refresh deletions wait for.
    expect(all.map((d) => d.supportsRefreshes === true)).toEqual(CONNECTORS.map((c) => c === 'faros-destination'));
  });
});
