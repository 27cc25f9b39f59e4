/**
 * The decision domain: access decisions for one call (Authorize) and for a tool list
 * (FilterTools), over one compiled policy.
 */
export {
  authorize,
  CALLER_REASONS,
  evaluateCall,
  resolveVirtualTool,
  type AccessDecision,
  type AuthorizeInput,
  type CallOutcome,
  type CallTarget,
  type RuleTraceEntry,
  type ToolHints,
} from "./authorizer.js";
export { filterTools, type FilterableTool, type FilterOutcome, type VisibleTool } from "./tool-filter.js";
export { responseProfile, spotlightSelects, spotlightsByClass, type ResponseProfile } from "./response-profile.js";
export { DecisionEngine, type Decision, type DecidedCall, type DecisionInput, type Denial } from "./decision-engine.js";
export { newDecisionId } from "./decision-id.js";
