/**
 * Signals that reach `portcullis serve` (and `gateway`) while it starts, or just after it has
 * finished, against the real CLI process. Orchestrators and config reloaders signal right
 * after spawning: a SIGTERM or SIGHUP in the CLI's first few hundred milliseconds used to kill
 * it by the default action (exit 143/129, nothing logged), a SIGHUP during the start was
 * dropped without a word, and a signal in the moment after the command removed its handlers
 * on its way out turned a clean exit 0 into a death by signal.
 *
 * Each test stops the process at a named point (test/fixtures/pause-at.mjs) and signals it
 * there; nothing waits on the clock.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type PausedCli, spawnPausedCli } from "../helpers/paused-cli.js";
import { EXAMPLE_POLICY } from "../helpers/paths.js";

async function serve(points: string[], extra: string[] = []): Promise<PausedCli> {
  const dataDir = await mkdtemp(join(tmpdir(), "pcl-early-signal-"));
  return spawnPausedCli(["serve", "--policy", EXAMPLE_POLICY, "--listen", "127.0.0.1:0", "--data-dir", dataDir, ...extra], points);
}

const SERVING = "portcullis serving";
const STOP_WHILE_STARTING = "stop requested while starting";
const RELOAD_WHILE_STARTING = "reload requested while starting; the policy file is read again once the sidecar serves";
const UNCHANGED = "policy unchanged; the revision in force stays";

describe("signals while `portcullis serve` starts", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("%s while the CLI loads: logged as a stop requested while starting, exit 0", async (signal) => {
    const cli = await serve(["cli"]);
    await cli.paused("cli");
    cli.child.kill(signal);
    cli.resume();
    expect(await cli.ended).toEqual({ code: 0, signal: null });
    const stop = cli.logs.find((l) => l.msg?.startsWith(STOP_WHILE_STARTING));
    expect(stop).toMatchObject({ signal });
  });

  it("SIGHUP while the CLI loads: logged, then answered by a reload once serving (policy unchanged)", async () => {
    const cli = await serve(["cli"]);
    await cli.paused("cli");
    cli.child.kill("SIGHUP");
    cli.resume();
    const serving = await cli.waitForLog((l) => l.msg === SERVING);
    const verdict = await cli.waitForLog((l) => l.msg === UNCHANGED);
    expect(verdict).toMatchObject({ trigger: "signal", revision: serving.revision });
    const messages = cli.messages();
    expect(messages.indexOf(RELOAD_WHILE_STARTING)).toBeGreaterThanOrEqual(0);
    expect(messages.indexOf(RELOAD_WHILE_STARTING)).toBeLessThan(messages.indexOf(SERVING));
    expect(messages.indexOf(UNCHANGED)).toBeGreaterThan(messages.indexOf(SERVING));
    cli.child.kill("SIGTERM");
    expect(await cli.ended).toEqual({ code: 0, signal: null });
  });

  it("SIGHUP during the start (--no-watch), the file edited after the start read it: reloaded once serving", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-early-hup-"));
    const policy = join(dir, "policy.yaml");
    const original = await readFile(EXAMPLE_POLICY, "utf8");
    await writeFile(policy, original);
    const cli = spawnPausedCli(
      [
        "serve",
        "--policy",
        policy,
        "--listen",
        "127.0.0.1:0",
        "--data-dir",
        dir,
        "--no-watch",
        "--redis",
        "redis://127.0.0.1:6379",
        "--redis-prefix",
        `early-hup-${process.pid}`,
      ],
      ["ioredis"],
    );
    // Stopped inside the start, after the policy was read, with the signal handlers in.
    await cli.paused("ioredis");
    await writeFile(policy, `${original}\n# edited while the sidecar was starting\n`);
    cli.child.kill("SIGHUP");
    cli.resume();
    const serving = await cli.waitForLog((l) => l.msg === SERVING);
    const verdict = await cli.waitForLog((l) => l.msg === "policy reloaded");
    expect(verdict.trigger).toBe("signal");
    expect(verdict.revision).not.toBe(serving.revision);
    expect(cli.messages()).toContain(RELOAD_WHILE_STARTING);
    cli.child.kill("SIGTERM");
    expect(await cli.ended).toEqual({ code: 0, signal: null });
  });

  it("SIGHUP and SIGTERM while the CLI loads: the stop wins, the reload is logged as not done, exit 0", async () => {
    const cli = await serve(["cli"]);
    await cli.paused("cli");
    cli.child.kill("SIGHUP");
    cli.child.kill("SIGTERM");
    cli.resume();
    expect(await cli.ended).toEqual({ code: 0, signal: null });
    const messages = cli.messages();
    // The two may be handled in either order (the kernel hands them to any of the process's
    // threads); the SIGHUP is answered either way: not done, the sidecar stopping.
    expect(messages.some((m) => m.startsWith(STOP_WHILE_STARTING))).toBe(true);
    expect(messages).toContain("policy not reloaded: the sidecar is shutting down");
    expect(messages).not.toContain(UNCHANGED);
  });

  it("signals after the command removed its handlers on its way out do not change the clean exit 0", async () => {
    const cli = await serve(["off:SIGHUP"]);
    await cli.waitForLog((l) => l.msg === SERVING);
    cli.child.kill("SIGTERM");
    // serve's handlers are gone; the process is on its way to exit 0.
    await cli.paused("off:SIGHUP");
    cli.child.kill("SIGTERM");
    cli.child.kill("SIGHUP");
    cli.child.kill("SIGINT");
    cli.resume();
    expect(await cli.ended).toEqual({ code: 0, signal: null });
    expect(cli.logs.find((l) => l.msg === "stopped")).toMatchObject({ cutOff: 0 });
  });
});

describe("signals while `portcullis gateway` starts", () => {
  it("SIGTERM while the CLI loads: logged as a stop requested while starting, exit 0", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-early-gateway-"));
    const config = join(dir, "gateway.yaml");
    await writeFile(config, `policy: ${JSON.stringify(EXAMPLE_POLICY)}\nlisten: 127.0.0.1:0\ndataDir: ${JSON.stringify(dir)}\naudit: false\nservers: {}\n`);
    const cli = spawnPausedCli(["gateway", "--config", config], ["cli"]);
    await cli.paused("cli");
    cli.child.kill("SIGTERM");
    cli.resume();
    expect(await cli.ended).toEqual({ code: 0, signal: null });
    expect(cli.logs.find((l) => l.msg?.startsWith(STOP_WHILE_STARTING))).toMatchObject({ signal: "SIGTERM" });
  });

  it("SIGHUP while the CLI loads: logged, then answered by a reload once listening (policy unchanged); the gateway serves on", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-early-gateway-"));
    const config = join(dir, "gateway.yaml");
    await writeFile(config, `policy: ${JSON.stringify(EXAMPLE_POLICY)}\nlisten: 127.0.0.1:0\ndataDir: ${JSON.stringify(dir)}\naudit: false\nservers: {}\n`);
    const cli = spawnPausedCli(["gateway", "--config", config], ["cli"]);
    await cli.paused("cli");
    cli.child.kill("SIGHUP");
    cli.resume();
    const verdict = await cli.waitForLog((l) => l.msg === UNCHANGED);
    expect(verdict).toMatchObject({ trigger: "signal" });
    await cli.waitForLog((l) => l.msg === "gateway configuration unchanged");
    const messages = cli.messages();
    const listening = messages.findIndex((m) => m.startsWith("portcullis gateway listening on "));
    const requested = messages.indexOf("reload requested while starting; the policy file is read again once the gateway serves");
    expect(requested).toBeGreaterThanOrEqual(0);
    expect(requested).toBeLessThan(listening);
    expect(messages.indexOf(UNCHANGED)).toBeGreaterThan(listening);
    cli.child.kill("SIGTERM");
    expect(await cli.ended).toEqual({ code: 0, signal: null });
  });
});
