/**
 * The `portcullis` command line. Exit codes: 0 success, 1 invalid policy, 2 usage error,
 * 3 the sidecar could not start or failed while running, 4 shutdown cut off calls at the
 * drain deadline.
 *
 * Each command's module loads when that command runs: `--help`, a usage error, `token hash`
 * or `policy check` do not load the sidecar, the MCP SDK or the OpenTelemetry SDK.
 */
import { HELP } from "./cli-help.js";
import { EXIT, parseCommand, UsageError } from "./cli-usage.js";
import { hashToken } from "./identity/static-tokens.js";

export { EXIT };

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit code.
 * `serve` resolves only after the sidecar has shut down.
 *
 * @example
 * ```ts
 * process.exitCode = await main(["policy", "check", "examples/policy.yaml"]);
 * ```
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "serve":
        return await (await import("./serve-cli.js")).runServe(rest);
      case "gateway":
        return await (await import("./gateway-cli.js")).runGateway(rest);
      case "policy":
        return await (await import("./policy-cli.js")).runPolicyCommand(rest);
      case "token":
        return await token(rest);
      case "offboard":
        return await (await import("./admin-cli.js")).runAdminCommand("offboard", rest);
      case "revocations":
        return await (await import("./admin-cli.js")).runAdminCommand("revocations", rest);
      case "audit":
        return await (await import("./audit-cli.js")).runAuditCommand(rest);
      case undefined:
      case "-h":
      case "--help":
      case "help":
        console.log(HELP.main);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case "--version":
        console.log("portcullis 0.1.0");
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`portcullis: ${(err as Error).message}\nRun 'portcullis --help' for usage.`);
      return EXIT.usage;
    }
    throw err;
  }
}

async function token(args: readonly string[]): Promise<number> {
  if (args[0] !== "hash") {
    if (args[0] === undefined || args[0] === "-h" || args[0] === "--help") {
      console.log(HELP.token);
      return args[0] === undefined ? EXIT.usage : EXIT.ok;
    }
    return (await import("./admin-cli.js")).runAdminCommand("token", args);
  }
  const { values, positionals } = parseCommand(args, {}, true);
  if (values.help) {
    console.log(HELP.token);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError("token hash takes no arguments; it reads the token from stdin");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") {
    console.error("portcullis: no token on stdin");
    return EXIT.usage;
  }
  console.log(hashToken(text));
  return EXIT.ok;
}
