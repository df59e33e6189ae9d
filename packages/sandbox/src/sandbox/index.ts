// The sandbox: every service over one world, on free ports, with the connection info to reach them.
export {
  type ConnectionInfo,
  SANDBOX_SERVICE_NAMES,
  type SandboxServiceName,
  type ServiceConnection,
} from './connectionInfo.js';
export { farosCeService } from './farosCeService.js';
export { type CliIo, EXIT_USAGE, processIo, runCli } from './runCli.js';
export { checkSandboxFaults, faultsFor, parseFaultsOption, type SandboxFaults } from './sandboxFaults.js';
export type {
  AnySandboxServiceDefinition,
  SandboxServiceContext,
  SandboxServiceDefinition,
  SandboxServiceImplementation,
} from './sandboxServiceDefinition.js';
export { SANDBOX_SERVICES } from './sandboxServices.js';
export { type Sandbox, type SandboxOptions, startSandbox } from './startSandbox.js';
