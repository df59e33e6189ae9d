// The service wrapper: counters, fault profiles and /_sandbox control routes around any HTTP handler.

export { attemptFaults, decideFault, FAULT_RUN_LOOKBACK, type FaultDecision } from './decide-fault.js';
export { faultDraw, type RequestIdentity } from './fault-draw.js';
export {
  FAULT_PROFILES,
  type FaultProfileName,
  type FaultSettings,
  type FaultSpec,
  FaultSpecError,
  isFaultProfileName,
  resolveFaultSettings,
} from './fault-settings.js';
export type { RequestHandler, ServiceTimers } from './faulting-handler.js';
export { type RateLimitAnswer, type RateLimitStyle, type RateLimitTrip, rateLimitAnswer } from './rate-limit-answer.js';
export type { FaultCounts, ServiceStats } from './request-counters.js';
export { MAX_ADVANCE_STEPS, type ServiceWorld } from './sandbox-routes.js';
export { type RunningService, realTimers, type ServiceOptions, startService } from './start-service.js';
