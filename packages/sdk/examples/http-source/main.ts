#!/usr/bin/env node
// The example source's program: `node main.ts spec | check | discover | read ...`.
import { main } from '@faros-ce/sdk';
import { ExampleSource } from './source.ts';

await main(new ExampleSource());
