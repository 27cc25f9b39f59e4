#!/usr/bin/env node
// Launcher for the `portcullis` CLI. Portcullis needs Node >= 22; where this node is older
// and `scripts/ensure-node.sh` has provisioned Node 24 into the checkout's `.node/`, the
// launcher runs the CLI there as a child and stands in for it: signals sent to the launcher
// reach the child, and the launcher exits as the child did (128 + n for a death by signal n).
// Old Node has no way to replace its own process (execve), hence the child.
//
// Whatever `node` the machine has parses this file, so it keeps to old syntax (no top-level
// await, no `??` or `?.`) and plain built-in module names.
import { spawn } from "child_process";
import { existsSync, statSync } from "fs";
import { constants } from "os";
import { dirname, join } from "path";
import { fileURLToPath, pathToFileURL } from "url";

var self = fileURLToPath(import.meta.url);
var here = dirname(self);
// Termination and reload signals, passed on as they come.
var FORWARDED = ["SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT"];
// Set in the child's environment: "your launcher is this pid, on the IPC channel".
var LAUNCHER_ENV = "PORTCULLIS_LAUNCHER_PID";
// Node flags the long-running commands (`serve`, `gateway`) run with, chosen by measurement
// (BENCHMARKS.md, "floor"; the gateway: "mcp").
// V8 sizes the young generation from the machine's memory (up to 32 MiB semi-spaces on a
// 24 GiB machine): under load every scavenge then copies the 2-9 MB that happens to be in
// flight (10-60 ms pauses) and the sidecar grew to ~500 MiB. A small semi-space keeps each
// scavenge's survivors small; growing the old generation by 20 % rather than V8's default
// factor (up to 4x) before a full collection keeps what those promote from piling up (after
// 30,000 calls: 233 MiB against 345 with the semi-space alone). 4 MiB rather than the 2 first
// chosen on an overloaded machine: on a quiet one, half as many scavenges gave +4-9 %
// Authorize throughput, a lower p99 and GC pauses under 1 ms at 1,000 calls/s, at about the
// same resident size (BENCHMARKS.md, "floor", thirty-fifth session).
var SERVE_FLAGS = ["--max-semi-space-size=4", "--heap-growing-percent=20"];
// glibc gives each thread that allocates its own malloc arena (up to 8 per core); the sidecar's
// threads (the audit indexer, libuv's pool, V8's helpers) then each keep megabytes of freed
// memory resident: 17 MB of a serving sidecar's RSS after 30 s at 1,000 calls/s (BENCHMARKS.md,
// "floor"). Two arenas cost nothing measurable. Set for `serve` and `gateway` when the
// environment does not name its own; read by glibc at process start, hence the re-exec.
var MALLOC_ENV = { MALLOC_ARENA_MAX: "2" };
// Replaces SERVE_FLAGS (space-separated; empty: Node's own defaults). A flag already given
// to node (on its command line or in NODE_OPTIONS) is never overridden.
var FLAGS_ENV = "PORTCULLIS_NODE_FLAGS";
// Where the recorder of the signals that arrive before the command's own handlers are in is
// published (see recordEarlySignals); sidecar/src/early-signals.ts reads it under the same key.
var EARLY_SIGNALS = Symbol.for("portcullis.early-signals");
// The signals each long-running command handles, and so records from its process's first moment.
var EARLY = { serve: ["SIGTERM", "SIGINT", "SIGHUP"], gateway: ["SIGTERM", "SIGINT", "SIGHUP"] };

if (Number(process.versions.node.split(".")[0]) < 22) relaunch();
else run();

function relaunch() {
  var node = join(here, "..", "..", ".node", "bin", "node");
  if (!existsSync(node)) {
    console.error("portcullis needs Node >= 22 (this is " + process.version + "); run 'source scripts/ensure-node.sh' in the checkout first");
    process.exit(3);
  }
  var env = Object.assign(longRunning(process.argv.slice(2)) ? missingEnv() : {}, process.env);
  env[LAUNCHER_ENV] = String(process.pid);
  var child = spawn(node, missingFlags(process.argv.slice(2), process.execArgv).concat([self], process.argv.slice(2)), {
    // The IPC channel closes when the launcher dies, even by SIGKILL: the child then stops.
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: env,
    // A session of its own, so a terminal's Ctrl-C (SIGINT to the whole foreground process
    // group) reaches the child once, through the launcher. Delivered twice, the second
    // SIGINT would kill the sidecar in the middle of its drain.
    detached: process.platform !== "win32",
  });
  var pass = function (signal) {
    return function () {
      child.kill(signal);
    };
  };
  FORWARDED.forEach(function (signal) {
    process.on(signal, pass(signal));
  });
  // Job control (Ctrl-Z, fg, bg) would not reach the child in its own session either.
  process.on("SIGTSTP", function () {
    child.kill("SIGSTOP");
    process.kill(process.pid, "SIGSTOP");
  });
  process.on("SIGCONT", pass("SIGCONT"));
  child.on("error", function (err) {
    console.error("portcullis: cannot run " + node + ": " + err.message);
    process.exit(3);
  });
  child.on("exit", function (code, signal) {
    process.exit(signal ? 128 + (constants.signals[signal] || 0) : code);
  });
  // Under npm the launcher is the one orphaned by `sh -c` (see watchParent): stop the child as
  // a SIGTERM passed on would have.
  if (longRunning(process.argv.slice(2)) && underPackageManager()) watchParent(pass("SIGTERM"));
}

/**
 * Whether a package manager started us (`npx portcullis …`, `npm exec`, `npm start`, `npm run`):
 * npm sets npm_command (exec, start, run) and npm_execpath (as do yarn and pnpm) for what it runs.
 */
function underPackageManager() {
  return Boolean(process.env.npm_command || process.env.npm_execpath);
}

/**
 * Calls `onGone` once, when this process's parent has gone (it was reparented). A package
 * manager runs us through `sh -c "portcullis …"`; on SIGTERM npm passes the signal to that
 * shell, which dies of it without passing it on, and we would serve on as an orphan no
 * `docker stop` can drain. Linux's PR_SET_PDEATHSIG is out of Node's reach and nothing else
 * tells a process its parent died, hence a poll: once a second, on an unref'd timer so it
 * never holds the process up. Only under a package manager: a supervisor or `nohup … &` may
 * reparent us on purpose.
 */
function watchParent(onGone) {
  var parent = process.ppid;
  var timer = setInterval(function () {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, 1000);
  timer.unref();
}

/**
 * The runtime flags `args` should run with that node was not given: SERVE_FLAGS (or
 * PORTCULLIS_NODE_FLAGS) for `serve` and `gateway`, less those named in `execArgv` or NODE_OPTIONS.
 */
function missingFlags(args, execArgv) {
  if (!longRunning(args)) return [];
  var custom = process.env[FLAGS_ENV];
  var wanted = custom === undefined ? SERVE_FLAGS : custom.split(/\s+/).filter(Boolean);
  var given = execArgv.concat((process.env.NODE_OPTIONS || "").split(/\s+/)).map(flagName);
  return wanted.filter(function (flag) {
    return given.indexOf(flagName(flag)) < 0;
  });
}

/** Whether `args` run a long-lived process: `serve` or `gateway`. */
function longRunning(args) {
  return args[0] === "serve" || args[0] === "gateway";
}

/** MALLOC_ENV less the variables the environment already sets (any value, even empty, wins). */
function missingEnv() {
  var out = {};
  Object.keys(MALLOC_ENV).forEach(function (name) {
    if (process.env[name] === undefined) out[name] = MALLOC_ENV[name];
  });
  return out;
}

/**
 * Records `signals` from now until the command takes them over, and keeps them from acting by
 * default for the rest of the process's life.
 *
 * `serve` and `gateway` install their own handlers only once their modules have loaded and
 * their command line has been checked — a few hundred milliseconds on a busy machine, in which
 * a SIGTERM or SIGHUP (orchestrators and config reloaders signal right after spawning) would
 * otherwise kill the process by the default action, silently. Here, first thing in the process
 * that serves, one listener per signal records it; the command, once its handlers are in,
 * takes the record over (`adopt`, in the same synchronous step, so no signal is lost or seen
 * twice) and acts on each as if it had just arrived: a stop requested while starting, a reload
 * once serving.
 *
 * The listeners stay after that, doing nothing: once the command has removed its own handlers
 * on its way out (its exit code decided, the process draining its event loop), a late signal
 * must not turn a clean exit 0 into a death by signal.
 */
function recordEarlySignals(signals) {
  var received = [];
  var adopted = false;
  signals.forEach(function (signal) {
    process.on(signal, function () {
      // Bounded: a flood of signals while the CLI loads means no more than a few.
      if (!adopted && received.length < 64) received.push(signal);
    });
  });
  process[EARLY_SIGNALS] = {
    /** The signals recorded so far, in order; from now on the command's own handlers answer. */
    adopt: function () {
      adopted = true;
      return received.splice(0);
    },
  };
}

/** Whether file `a` was written after file `b` (false when either is missing). */
function newer(a, b) {
  try {
    return statSync(a).mtimeMs > statSync(b).mtimeMs;
  } catch (_missing) {
    return false;
  }
}

// V8 takes `--max_semi_space_size` for `--max-semi-space-size`.
function flagName(flag) {
  return flag.split("=")[0].replace(/_/g, "-");
}

function run() {
  var args = process.argv.slice(2);
  var flags = missingFlags(args, process.execArgv);
  var env = longRunning(args) ? missingEnv() : {};
  // A launcher's child already has them (see relaunch). Heap sizes and malloc's arenas are
  // fixed when the process starts, so the process replaces itself (same pid, stdio and
  // signals) with one that has them; a Node without execve (< 22.15) runs with its own defaults.
  //
  // Until the execve, a signal acts by its default: SIGTERM, SIGINT and SIGHUP end the process
  // (128 + n), which has done nothing yet — no port, no file, no policy read. That is the one
  // outcome left that is true: a handler installed here would catch the signal and lose it
  // with the old image (execve resets handlers and the listener never gets to run), and a
  // lost SIGTERM leaves running a sidecar that was told to stop. Ignoring it (SIG_IGN, which
  // execve keeps) would be wrong, is out of Node's reach, and Node resets an inherited SIG_IGN
  // at start anyway; blocking it until the new image could take it (a blocked signal stays
  // pending across execve) needs sigprocmask, which Node does not offer. The window is the old
  // image's Node start and the few lines above, then the new image's Node start.
  if ((flags.length > 0 || Object.keys(env).length > 0) && !process.env[LAUNCHER_ENV] && typeof process.execve === "function") {
    process.execve(process.execPath, [process.execPath].concat(flags, process.execArgv, [self], args), Object.assign(env, process.env));
  }
  // The process that will serve: from here on no signal the command handles acts by default.
  if (longRunning(args)) recordEarlySignals(EARLY[args[0]]);
  // After the execve above, so the pid watched is the parent that started us (sh -c, under npm).
  // A launcher's child has the launcher as parent and the IPC channel below instead.
  if (longRunning(args) && !process.env[LAUNCHER_ENV] && underPackageManager()) {
    watchParent(function () {
      // Drain as on the SIGTERM the shell did not pass on (serve and gateway both handle it).
      process.kill(process.pid, "SIGTERM");
    });
  }
  if (process.env[LAUNCHER_ENV] && process.channel) {
    delete process.env[LAUNCHER_ENV];
    // The launcher is gone: shut down as if it had passed on a SIGTERM (a serving sidecar
    // drains), rather than serve on as an orphan nobody can signal.
    process.on("disconnect", function () {
      process.kill(process.pid, "SIGTERM");
    });
    process.channel.unref();
  }
  // The bundle (`npm run build`: scripts/bundle-cli.mjs) starts in about 60 % of the CPU of
  // the ~750 modules tsc writes to dist. A checkout built by tsc alone runs from dist, and so
  // does one that tsc rebuilt after the bundle was made (its build info is newer): a stale
  // bundle would run yesterday's code.
  var bundled = join(here, "..", "bundle", "cli.js");
  var entry = existsSync(bundled) && !newer(join(here, "..", "dist", ".tsbuildinfo"), bundled) ? bundled : join(here, "..", "dist", "cli.js");
  if (!existsSync(entry)) {
    console.error("portcullis is not built: run 'npm run build' (npm ci does it through the prepare script)");
    process.exit(3);
  }
  import(pathToFileURL(entry).href)
    .then(function (cli) {
      return cli.main(process.argv.slice(2));
    })
    .then(
      function (code) {
        process.exitCode = code;
        // Anything still holding the event loop after the command finished must not keep us alive.
        setTimeout(function () {
          process.exit(code);
        }, 2000).unref();
      },
      function (err) {
        // A crash is "failed while running" (3), not exit 1, which means "invalid policy".
        console.error("portcullis: " + (err && err.stack ? err.stack : String(err)));
        process.exit(3);
      },
    );
}
