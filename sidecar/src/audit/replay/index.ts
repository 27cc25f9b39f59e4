/**
 * Policy impact replay and shadow policies (issue #10, item 6): what a candidate policy would
 * change over the recorded calls, and a candidate decided beside the enforced policy.
 */
export {
  CandidateJudge,
  definesSubject,
  principalUnder,
  type CandidateJudgeOptions,
  type RecordedCall,
  type Rejudgement,
  type Unknown,
  type Verdict,
} from "./candidate-judge.js";
export { isMaskedValue, touchesMasked } from "./masked-values.js";
export {
  PolicyReplay,
  replayPolicy,
  type ChangeGroup,
  type PolicyReplayOptions,
  type ReplayReport,
  type RuleTransition,
  type UndecidedGroup,
} from "./policy-replay.js";
export { ACCESS_REASONS, IDENTITY_REASONS, reasonStage, type ReasonStage } from "./reason-kinds.js";
export { formatReplayTable } from "./replay-format.js";
export { ShadowPolicy, type EnforcedDecision, type PolicySource, type ShadowInput, type ShadowPolicyOpenOptions, type ShadowVerdict } from "./shadow-policy.js";
