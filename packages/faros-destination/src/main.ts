// The faros-destination program: spec | check | write over stdio.
import { main } from '@faros-ce/sdk';
import { FarosDestination } from './faros-destination.js';

await main(new FarosDestination());
