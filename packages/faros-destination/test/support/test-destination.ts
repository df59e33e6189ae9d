#!/usr/bin/env node
import { ConverterRegistry, FarosDestination } from '@faros-ce/faros-destination';
// The faros-destination program with the test converters as its registry (the built package, run by Node's
// type stripping): the same runtime as bin/faros-destination.js, routes injected.
import { main } from '@faros-ce/sdk';
import { TEST_CONVERTERS } from './test-converters.ts';

await main(new FarosDestination({ registry: new ConverterRegistry(TEST_CONVERTERS) }));
