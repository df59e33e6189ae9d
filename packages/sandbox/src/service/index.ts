// The service wrapper: counters, fault profiles and /_sandbox control routes around any HTTP handler.

export { attemptFaults, decideFault, FAULT_RUN_LOOKBACK, type FaultDecision } from './decideFault.js';
export { faultDraw, type RequestIdentity } from './faultDraw.js';
export type { RequestHandler, ServiceTimers } from './faultingHandler.js';
export {
  FAULT_PROFILES,
  type FaultProfileName,
  type FaultSettings,
  type FaultSpec,
  FaultSpecError,
  isFaultProfileName,
  resolveFaultSettings,
} from './faultSettings.js';
export { type RateLimitAnswer, type RateLimitStyle, type RateLimitTrip, rateLimitAnswer } from './rateLimitAnswer.js';
export type { FaultCounts, ServiceStats } from './requestCounters.js';
export { MAX_ADVANCE_STEPS, type ServiceWorld } from './sandboxRoutes.js';
export { type RunningService, realTimers, type ServiceOptions, startService } from './startService.js';
