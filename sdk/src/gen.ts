/**
 * The generated Portcullis contract: messages, enums and service descriptors of
 * `proto/portcullis/v1` (and the vendored gRPC health service).
 *
 * @example
 * ```ts
 * import { GovernanceService, Decision } from "@portcullis/sdk/gen";
 * ```
 * @packageDocumentation
 */
export * from "./gen/portcullis/v1/governance_pb.js";
export * from "./gen/portcullis/v1/admin_pb.js";
export * from "./gen/grpc/health/v1/health_pb.js";
