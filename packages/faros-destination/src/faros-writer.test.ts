import type { ConfiguredAirbyteStream, DestinationSyncMode } from '@faros-ce/sdk';
import { describe, expect, it } from 'vitest';
import { removesUnseen } from './faros-writer.js';

const configured = (mode: DestinationSyncMode, generation?: number, minimum?: number) =>
  ({
    stream: { name: 's', json_schema: {}, supported_sync_modes: ['full_refresh'] },
    sync_mode: 'full_refresh',
    destination_sync_mode: mode,
    generation_id: generation,
    minimum_generation_id: minimum,
  }) as ConfiguredAirbyteStream;

describe('removesUnseen', () => {
  it('overwrite removes unseen rows unless earlier generations are to be kept', () => {
    expect(removesUnseen(configured('overwrite'))).toBe(true);
    expect(removesUnseen(configured('overwrite', 4, 4))).toBe(true);
    expect(removesUnseen(configured('overwrite', 4, 0))).toBe(false);
  });

  it('append streams remove only in a truncating refresh (minimum equal to a non-zero generation)', () => {
    expect(removesUnseen(configured('append'))).toBe(false);
    expect(removesUnseen(configured('append_dedup', 0, 0))).toBe(false);
    expect(removesUnseen(configured('append', 3, 0))).toBe(false);
    expect(removesUnseen(configured('append_dedup', 3, 3))).toBe(true);
  });
});
