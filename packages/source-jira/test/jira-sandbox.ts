import { type Sandbox, startSandbox } from '@faros-ce/sandbox';
import type { AirbyteStateMessage } from '@faros-ce/sdk';

/** The two flavors under test. */
export const FLAVORS = ['cloud', 'data_center'] as const;
export type Flavor = (typeof FLAVORS)[number];

/** Starts both Jira simulators over one world. */
export function startJiraSandbox(
  options: { seed?: number; scale?: 'small' | 'medium' | 'large' } = {},
): Promise<Sandbox> {
  return startSandbox({
    seed: options.seed ?? 1,
    scale: options.scale ?? 'small',
    services: ['jira', 'jiraDataCenter'],
  });
}

/** A config for one flavor of a running sandbox. */
export function jiraConfig(
  sandbox: Sandbox,
  flavor: Flavor,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const info = sandbox.connectionInfo();
  if (flavor === 'cloud') {
    const cloud = info.jira;
    if (!cloud) throw new Error('the Jira Cloud simulator is not running');
    return {
      domain: cloud.url,
      email: cloud.email,
      api_token: cloud.token,
      page_size: 40,
      checkpoint_every: 25,
      ...extra,
    };
  }
  const dc = info.jiraDataCenter;
  if (!dc) throw new Error('the Jira Data Center simulator is not running');
  return { domain: dc.url, personal_access_token: dc.token, page_size: 40, checkpoint_every: 25, ...extra };
}

/** `states` with one stream's state taken from `from` (to run a stream from another sync's state). */
export function withStateOf(
  states: readonly AirbyteStateMessage[],
  stream: string,
  from: readonly AirbyteStateMessage[],
): AirbyteStateMessage[] {
  return [
    ...states.filter((s) => s.stream?.stream_descriptor.name !== stream),
    ...from.filter((s) => s.stream?.stream_descriptor.name === stream),
  ];
}
