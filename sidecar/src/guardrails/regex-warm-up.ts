/**
 * Compiles a module's regular expressions ahead of use, so that no scan's deadline is spent
 * compiling them. V8 compiles a pattern to bytecode on its first run and to machine code on its
 * second (tier-up); the bytecode's peephole pass is superlinear in a pattern's size, and for the
 * injection signals (a few patterns of 2–11 KB) it took ~0.8 s of CPU in every process and worker
 * thread that loaded them — for bytecode that then runs once. The pass is switched off only while
 * these patterns compile (the flag is read when a pattern compiles, never after), unless the
 * process was started with a choice of its own.
 */
import { setFlagsFromString } from "node:v8";

const FLAG = "regexp-peephole-optimization";

/** Whether the process was given the flag either way (command line or NODE_OPTIONS): then it is left alone. */
const chosenByOperator = (): boolean => [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((arg) => arg.includes(FLAG));

/**
 * Runs each pattern twice on a short sample (bytecode, then machine code), with the peephole
 * pass off; resets `lastIndex`.
 *
 * @example
 * ```ts
 * warmUp([[/\bignore\b/iy, " ignore "]]);
 * ```
 */
export function warmUp(patterns: ReadonlyArray<readonly [RegExp, string]>): void {
  const toggle = !chosenByOperator();
  if (toggle) setFlagsFromString(`--no-${FLAG}`);
  try {
    for (const [re, sample] of patterns) {
      for (let run = 0; run < 2; run++) {
        re.lastIndex = 0;
        re.exec(sample);
      }
      re.lastIndex = 0;
    }
  } finally {
    if (toggle) setFlagsFromString(`--${FLAG}`);
  }
}
