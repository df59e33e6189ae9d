// The sandbox: every service over one world, on free ports, with the connection info to reach them.
export {
  type ConnectionInfo,
  SANDBOX_SERVICE_NAMES,
  type SandboxServiceName,
  type ServiceConnection,
} from './connection-info.js';
export { farosCeService } from './faros-ce-service.js';
export { type CliIo, EXIT_USAGE, processIo, runCli } from './run-cli.js';
export { checkSandboxFaults, faultsFor, parseFaultsOption, type SandboxFaults } from './sandbox-faults.js';
export type {
  AnySandboxServiceDefinition,
  SandboxServiceContext,
  SandboxServiceDefinition,
  SandboxServiceImplementation,
} from './sandbox-service-definition.js';
export { SANDBOX_SERVICES } from './sandbox-services.js';
export { type Sandbox, type SandboxOptions, startSandbox } from './start-sandbox.js';
