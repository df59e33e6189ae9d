import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { command, configuredCatalogFrom } from '@faros-ce/sdk/testing';
import { describe, expect, it } from 'vitest';
import { exampleApi } from './support/example.ts';

const exec = promisify(execFile);
// A hung npm fails the test with its own message rather than the test's timeout.
const run = (cmd: string, args: string[], options: { cwd?: string } = {}) =>
  exec(cmd, args, { ...options, timeout: 180_000 });
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const exampleDir = fileURLToPath(new URL('../examples/http-source/', import.meta.url));

// What connector authors get from npm: the packed tarball, installed into an empty folder
// outside the monorepo, runs the example source (which imports '@faros-ce/sdk').
describe('the packed SDK', () => {
  it('installs into an empty folder and runs the example source', { timeout: 240_000 }, async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'sdk-pack-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: packageDir });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
    const appDir = join(workDir, 'app');
    await run('mkdir', ['-p', appDir]);
    await writeFile(
      join(appDir, 'package.json'),
      JSON.stringify({ name: 'my-connector', private: true, type: 'module' }),
    );
    await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', join(workDir, filename)], {
      cwd: appDir,
    });
    for (const file of ['main.ts', 'source.ts', 'spec.ts']) await copyFile(join(exampleDir, file), join(appDir, file));
    expect((await readdir(join(appDir, 'node_modules', '@faros-ce', 'sdk', 'dist'))).length).toBeGreaterThan(0);

    const connector = command(process.execPath, [join(appDir, 'main.ts')], { cwd: appDir });
    const spec = await connector.spec();
    expect(spec.exitCode).toBe(0);
    expect(spec.spec?.connectionSpecification).toMatchObject({ required: ['api_url', 'api_token'] });

    const api = await exampleApi();
    try {
      const discovered = await connector.discover(api.config);
      const catalog = configuredCatalogFrom(discovered.catalog ?? { streams: [] }, { streams: ['employees'] });
      const read = await connector.read(api.config, catalog);
      expect(read.exitCode).toBe(0);
      expect(read.records('employees')).toHaveLength(60);
      expect(read.states('employees').length).toBeGreaterThan(0);
    } finally {
      await api.server.close();
    }
  });
});
