#!/usr/bin/env node
// The example destination's program: `node main.ts spec | check --config f | write --config f --catalog f`.
import { main } from '@faros-ce/sdk';
import { JsonlDestination } from './destination.ts';

await main(new JsonlDestination());
