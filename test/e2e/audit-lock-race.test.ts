/**
 * Two processes take one audit directory's lock at the same instant, round after round: at
 * most one may get it. (It used to be created empty and written after, so the other could
 * read it empty, take it for torn, delete it and take the lock too.) The assertion does not
 * depend on timing: a busy machine only makes the collisions rarer.
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.js";

const CHILD = join(REPO, "test", "fixtures", "dir-lock-child.mjs");
const ROUNDS = 100;

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
});

function next(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const exited = () => reject(new Error("a lock-taking child exited"));
    child.once("exit", exited);
    child.once("message", (m) => {
      child.off("exit", exited);
      resolve(String(m));
    });
  });
}

describe("audit directory lock, two simultaneous starters", () => {
  it(`never grants both (${ROUNDS} rounds)`, async () => {
    const pair = [0, 1].map(() => fork(CHILD, { stdio: ["ignore", "inherit", "inherit", "ipc"] }));
    children.push(...pair);
    await Promise.all(pair.map(next));
    const root = await mkdtemp(join(tmpdir(), "pcl-lockrace-"));
    let both = 0;
    let none = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const dir = join(root, String(r));
      await mkdir(dir);
      const at = Date.now() + 15;
      const answers = await Promise.all(
        pair.map((c) => {
          const answer = next(c);
          c.send({ dir, at });
          return answer;
        }),
      );
      if (answers.every((a) => a === "got")) both++;
      if (answers.every((a) => a === "refused")) none++;
    }
    expect({ both, none }).toEqual({ both: 0, none: 0 });
  });
});
