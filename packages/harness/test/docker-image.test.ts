import { connectorSpec, engineIsRunning, findContainerEngine, resolveConnector } from '@faros-ce/harness';
import { describe, expect, it } from 'vitest';

// A published Airbyte connector image; any image speaking the protocol will do.
const image = process.env.HARNESS_TEST_IMAGE ?? 'farosai/airbyte-faros-destination:latest';
const engine = findContainerEngine();
const running = engineIsRunning(engine);

describe.skipIf(!running)('a connector image run by docker or podman', () => {
  if (!running) {
    console.warn(
      engine === undefined
        ? 'docker-image tests skipped: neither docker nor podman is installed'
        : `docker-image tests skipped: ${engine.path} is installed but cannot run containers (no daemon?)`,
    );
  }

  it(`answers spec through ${engine?.name ?? 'an engine'} (${image})`, async () => {
    const connector = resolveConnector(`docker:${image}`);
    expect(connector.kind).toBe('docker');
    const spec = await connectorSpec(connector);
    expect(spec.connectionSpecification).toMatchObject({ type: 'object' });
  });
});
