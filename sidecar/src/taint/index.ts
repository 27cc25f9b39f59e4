/**
 * The taint domain: tool classes (untrusted source, sensitive data, state change, egress),
 * workflow taint kept with the limits' state, and the rules on what a tainted workflow may
 * still do (`afterUntrusted`, `ruleOfTwo`), enforced or in shadow mode.
 */
export { TaintSchema, TOOL_CLASSES, type TaintDocument, type ToolClass } from "./taint-schema.js";
export { BITS, classBits, classNames, hintClasses, toolClasses, type ClassOverride } from "./tool-classes.js";
export { domainAllowed, egressViolation } from "./egress-arguments.js";
export { compileTaint, type CompiledTaint, type TaintProblem, type TaintRule } from "./taint-compiler.js";
export {
  confirmOp,
  describeLink,
  taintCall,
  taintChain,
  taintOutcome,
  workflowKey,
  type TaintCall,
  type TaintCallContext,
  type TaintLink,
  type TaintOutcome,
} from "./taint-check.js";
