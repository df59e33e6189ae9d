import { describe, expect, it } from 'vitest';
import { dockerArgs, resolveConnector, typeFromName, UnknownConnectorError } from './runner.js';

describe('resolveConnector', () => {
  it('runs workspace connectors with this Node and their bin', () => {
    const jenkins = resolveConnector('jenkins');
    const { command, args } = jenkins.invocation(['spec']);
    expect(command).toBe(process.execPath);
    expect(args[0]).toMatch(/source-jenkins\/bin\/source-jenkins\.js$/);
    expect(args.slice(1)).toEqual(['spec']);
    expect(jenkins.type).toBe('jenkins');
    expect(resolveConnector('faros').invocation([]).args[0]).toMatch(/faros-destination\.js$/);
  });

  it('runs a command line, found on PATH, with its arguments first', () => {
    const connector = resolveConnector(`node "./some dir/source-acme/main.js" --flag`, { path: process.env.PATH });
    const { command, args } = connector.invocation(['read', '--config', 'c.json']);
    expect(command).toMatch(/\/node$/);
    expect(args).toEqual(['./some dir/source-acme/main.js', '--flag', 'read', '--config', 'c.json']);
    expect(connector.kind).toBe('command');
    expect(connector.type).toBe('acme');
  });

  it('refuses an unknown name, saying what it looked for', () => {
    expect(() => resolveConnector('gitlab', { path: '' })).toThrow(UnknownConnectorError);
    expect(() => resolveConnector('gitlab', { path: '' })).toThrow(/no command 'gitlab' found/);
    expect(() => resolveConnector('docker:nope')).toThrow(/docker:<image>:<tag>/);
  });

  it('builds an image command as Airbyte runs images, and says when no engine is installed', () => {
    const docker = { name: 'docker' as const, path: '/usr/bin/docker' };
    const connector = resolveConnector('docker:farosai/airbyte-jenkins-source:0.10.1', {
      engine: docker,
      user: '1000:1000',
    });
    expect(connector.type).toBe('jenkins');
    const { command, args } = connector.invocation([
      'read',
      '--config',
      '/tmp/job/connectorConfig.json',
      '--catalog',
      '/tmp/job/catalog.json',
      '--state',
      '/tmp/other/inputState.json',
    ]);
    expect(command).toBe('/usr/bin/docker');
    expect(args).toEqual([
      'run',
      '--rm',
      '-i',
      '--init',
      '--network',
      'host',
      '--log-driver',
      'none',
      '--user',
      '1000:1000',
      '-v',
      '/tmp/job:/data/job:ro',
      '-v',
      '/tmp/other:/data/job-1:ro',
      '-w',
      '/data/job',
      'farosai/airbyte-jenkins-source:0.10.1',
      'read',
      '--config',
      '/data/job/connectorConfig.json',
      '--catalog',
      '/data/job/catalog.json',
      '--state',
      '/data/job-1/inputState.json',
    ]);
    const podman = dockerArgs({ name: 'podman', path: '/usr/bin/podman' }, 'img:1', ['spec'], '1:1');
    expect(podman).toContain('--userns');
    expect(podman).not.toContain('--user');
    // Rootful podman refuses keep-id: root gets --user, as with docker.
    const rootful = dockerArgs({ name: 'podman', path: '/usr/bin/podman' }, 'img:1', ['spec'], '0:0');
    expect(rootful).not.toContain('--userns');
    expect(rootful.slice(rootful.indexOf('--user'), rootful.indexOf('--user') + 2)).toEqual(['--user', '0:0']);
    const none = resolveConnector('docker:farosai/airbyte-faros-destination:1.0', { engine: null });
    expect(() => none.invocation(['spec'])).toThrow(/needs docker or podman, and neither is installed/);
  });

  it('derives source types from image and script names', () => {
    expect(typeFromName(['farosai/airbyte-github-source'])).toBe('github');
    expect(typeFromName(['airbyte/source-jira'])).toBe('jira');
    expect(typeFromName(['node', 'packages/source-jenkins/dist/main.js'])).toBe('jenkins');
    expect(typeFromName(['/opt/bin/mytool'])).toBe('mytool');
  });
});
