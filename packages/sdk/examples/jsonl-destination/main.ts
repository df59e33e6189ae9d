import { runConnector } from '../../src/cli/run-connector.js';
import { JsonlDestination } from './destination.js';

process.exitCode = await runConnector(new JsonlDestination());
