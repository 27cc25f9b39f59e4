/**
 * RPC handlers: thin adapters between the proto contract and the domains.
 */
export { adminService, type AdminDeps } from "./admin-service.js";
export { governanceService, type GovernanceDeps } from "./governance-service.js";
export { healthService, type ServingState } from "./health-service.js";
export { requestGate, type GateOptions } from "./request-gate.js";
export { reclassifyCallerFaults } from "./caller-faults.js";
export { REQUEST_LIMITS, parseJsonObject } from "./request-bounds.js";
