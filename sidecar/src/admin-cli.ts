/**
 * The CLI's admin commands — `token issue|list|revoke|rotate`, `offboard` and
 * `revocations list|drop` — as clients of
 * a running sidecar's AdminService. The admin token comes from `--admin-token-file` or the
 * environment (PORTCULLIS_ADMIN_TOKEN), never from the command line (where `ps` shows it).
 * An issued token goes to stdout alone (so `TOKEN=$(portcullis token issue …)` captures
 * it), the rest to stderr; `--json` prints one JSON document instead.
 */
import { Code, ConnectError, createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { AdminService, TokenKind, type IssueTokenResponse, type PendingRevocation, type TokenInfo } from "@portcullis/sdk/gen";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ADMIN_HELP, DEFAULT_ADMIN_URL } from "./cli-help.js";
import { UsageError } from "./cli-usage.js";

/** How long an admin command waits for the sidecar's answer (offboarding waits at most 10 s for providers). */
const ADMIN_DEADLINE_MS = 30_000;

const CONNECTION = {
  url: { type: "string" },
  "admin-token-file": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Runs `token issue|list|revoke|rotate` (after `token`), `offboard` (after `offboard`) or
 * `revocations list|drop` (after `revocations`).
 *
 * @example
 * ```ts
 * const code = await runAdminCommand("token", ["list", "--all"]);
 * ```
 */
export async function runAdminCommand(command: "token" | "offboard" | "revocations", args: readonly string[]): Promise<number> {
  try {
    if (command === "offboard") return await offboard(args);
    if (command === "revocations") return await revocations(args);
    const [sub, ...rest] = args;
    switch (sub) {
      case "issue":
        return await issue(rest);
      case "list":
        return await list(rest);
      case "revoke":
        return await revoke(rest);
      case "rotate":
        return await rotate(rest);
      default:
        throw new UsageError(sub === undefined ? "token needs a subcommand: issue, list, revoke, rotate, hash" : `unknown token subcommand '${sub}'`);
    }
  } catch (err) {
    if (!(err instanceof ConnectError)) throw err;
    // The hint only when no sidecar answered: its own Unavailable (a token store that refuses
    // writes, say) already says what is wrong, and the hint would send the operator astray.
    const unanswered = (err.code === Code.Unavailable || err.code === Code.DeadlineExceeded) && !fromSidecar(err);
    const reason = unanswered ? ` (is \`portcullis serve\` running there?)` : "";
    console.error(`portcullis: ${err.rawMessage}${reason}`);
    return err.code === Code.InvalidArgument ? 2 : 3;
  }
}

/**
 * Whether a sidecar sent `err`: a Connect error body (JSON) came back. A refused connection,
 * a timeout or a proxy's own error page carry none.
 */
function fromSidecar(err: ConnectError): boolean {
  return err.metadata.get("content-type")?.startsWith("application/json") ?? false;
}

async function issue(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    subject: { type: "string" },
    kind: { type: "string" },
    roles: { type: "string", multiple: true },
    ttl: { type: "string" },
    team: { type: "string" },
    description: { type: "string" },
  });
  if (values.help) return help("token");
  noPositionals(positionals);
  if (!values.subject) throw new UsageError("token issue needs --subject S");
  const roles = (values.roles ?? []).flatMap((r) => r.split(",")).filter(Boolean);
  if (roles.length === 0) throw new UsageError("token issue needs --roles R[,R…] (roles of the policy)");
  const kind = values.kind ?? "human";
  if (kind !== "human" && kind !== "agent") throw new UsageError(`--kind takes human or agent, not '${kind}'`);
  const admin = await adminClient(values);
  const issued = await admin.issueToken(
    {
      subject: values.subject,
      roles,
      kind: kind === "agent" ? TokenKind.AGENT : TokenKind.HUMAN,
      ttlSeconds: ttlSeconds(values.ttl),
      team: values.team ?? "",
      description: values.description ?? "",
    },
    await adminCall(values),
  );
  printIssued(issued, values.json);
  return 0;
}

async function list(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, { subject: { type: "string" }, all: { type: "boolean" } });
  if (values.help) return help("token");
  noPositionals(positionals);
  const admin = await adminClient(values);
  const { tokens } = await admin.listTokens({ subject: values.subject ?? "", includeRevoked: values.all ?? false }, await adminCall(values));
  if (values.json) {
    console.log(JSON.stringify(tokens.map(tokenJson), null, 2));
    return 0;
  }
  const rows = tokens.map((t) => [
    t.tokenId,
    t.subject,
    kindName(t.kind),
    t.roles.join(","),
    t.hint,
    day(t.createdAtMs),
    day(t.expiresAtMs),
    day(t.lastUsedAtMs),
    status(t),
  ]);
  printTable(["ID", "SUBJECT", "KIND", "ROLES", "HINT", "CREATED", "EXPIRES", "LAST USED", "STATUS"], rows);
  return 0;
}

async function revoke(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (values.help) return help("token");
  const id = onePositional(positionals, "token revoke takes one token ID (see `portcullis token list`)");
  const admin = await adminClient(values);
  const { revoked } = await admin.revokeToken({ tokenId: id }, await adminCall(values));
  if (values.json) console.log(JSON.stringify({ tokenId: id, revoked }));
  else console.error(revoked ? `revoked ${id}` : `${id} was already revoked`);
  return 0;
}

async function rotate(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, { ttl: { type: "string" } });
  if (values.help) return help("token");
  const id = onePositional(positionals, "token rotate takes one token ID (see `portcullis token list`)");
  const admin = await adminClient(values);
  const rotated = await admin.rotateToken({ tokenId: id, ttlSeconds: values.ttl === undefined ? 0n : ttlSeconds(values.ttl) }, await adminCall(values));
  printIssued(rotated.issued!, values.json, rotated.revokedTokenId);
  return 0;
}

async function offboard(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, { reason: { type: "string" } });
  if (values.help) return help("offboard");
  const subject = onePositional(positionals, "offboard takes one SUBJECT");
  const admin = await adminClient(values);
  let outcome: Awaited<ReturnType<typeof admin.offboardSubject>>;
  try {
    outcome = await admin.offboardSubject({ subject, reason: values.reason ?? "" }, await adminCall(values));
  } catch (err) {
    // The request reached the sidecar but its answer did not come back in time: the
    // offboarding may well have happened. Say so, and how to find out, rather than "is it running?".
    if (err instanceof ConnectError && err.code === Code.DeadlineExceeded && !fromSidecar(err)) {
      console.error(
        `portcullis: no answer within ${ADMIN_DEADLINE_MS / 1000} s: the offboarding of ${subject} may have happened, or still be under way. ` +
          "Run the same command again to see its outcome (offboarding again is harmless).",
      );
      return 3;
    }
    throw err;
  }
  const { tokensRevoked, credentialsDeleted, providerRevocations, revocationsQueued, problems } = outcome;
  // 4: offboarded, but something is left to do or to watch (listed as problems).
  const code = problems.length > 0 ? 4 : 0;
  if (values.json) {
    console.log(JSON.stringify({ subject, tokensRevoked, credentialsDeleted, providerRevocations, revocationsQueued, problems }, null, 2));
    return code;
  }
  if (tokensRevoked === 0 && credentialsDeleted === 0 && providerRevocations === 0) {
    // Still an offboarding (the deny-list entry refuses its static token and IdP tokens issued
    // until now), but an operator who mistyped the name must see that nothing else was found.
    console.error(
      `offboarded ${subject}: no gateway token and no stored credential of this subject (in any case or Unicode form) were found, so none was revoked or deleted; ` +
        `it is on the deny-list all the same (its static token and IdP tokens issued before now are refused). ` +
        "Check the spelling if you expected some: `portcullis token list --all`",
    );
  } else {
    console.error(
      `offboarded ${subject}: ${plural(tokensRevoked, "token")} revoked, ${plural(credentialsDeleted, "credential")} deleted, ` +
        `${plural(providerRevocations, "provider revocation")}; tokens issued before now are refused`,
    );
  }
  if (revocationsQueued > 0) {
    console.error(
      `  ${plural(revocationsQueued, "connected account")} not yet revoked at the provider: the tokens are kept sealed in the revocation queue ` +
        "and retried until the provider confirms (ListCredentials shows the queue; the sidecar's log says when each is done)",
    );
  }
  for (const problem of problems) console.error(`  problem: ${problem}`);
  return code;
}

async function revocations(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "list") {
    const { values, positionals } = parse(rest, { subject: { type: "string" }, server: { type: "string" } });
    if (values.help) return help("revocations");
    noPositionals(positionals);
    const admin = await adminClient(values);
    const { pendingRevocations } = await admin.listCredentials({ subject: values.subject ?? "", server: values.server ?? "" }, await adminCall(values));
    if (values.json) {
      console.log(JSON.stringify(pendingRevocations.map(revocationJson), null, 2));
      return 0;
    }
    const rows = pendingRevocations.map((r) => [r.revocationId, r.server, r.subject || "(shared)", day(r.queuedAtMs), String(r.attempts), r.lastError || "-"]);
    printTable(["ID", "SERVER", "SUBJECT", "QUEUED", "ATTEMPTS", "LAST ERROR"], rows);
    return 0;
  }
  if (sub === "drop") {
    const { values, positionals } = parse(rest, {});
    if (values.help) return help("revocations");
    const id = onePositional(positionals, "revocations drop takes one ID (see `portcullis revocations list`)");
    const admin = await adminClient(values);
    const { dropped } = await admin.dropRevocation({ revocationId: id }, await adminCall(values));
    if (values.json) console.log(JSON.stringify(revocationJson(dropped!), null, 2));
    else
      console.error(
        `dropped ${id} (server ${dropped!.server}, subject ${dropped!.subject || "(shared)"}, ${plural(dropped!.attempts, "failed attempt")}): ` +
          "the sidecar will not revoke these tokens; make sure the grant is revoked at the provider",
      );
    return 0;
  }
  if (sub === undefined || sub === "-h" || sub === "--help") return help("revocations");
  throw new UsageError(`unknown revocations subcommand '${sub}' (list, drop)`);
}

function revocationJson(r: PendingRevocation): Record<string, unknown> {
  return {
    revocationId: r.revocationId,
    server: r.server,
    subject: r.subject,
    queuedAt: new Date(Number(r.queuedAtMs)).toISOString(),
    attempts: r.attempts,
    lastError: r.lastError,
  };
}

type ConnectionValues = { url?: string | undefined; "admin-token-file"?: string | undefined; json?: boolean | undefined; help?: boolean | undefined };

function parse<T extends Record<string, { type: "string" | "boolean"; multiple?: boolean }>>(args: readonly string[], options: T) {
  return parseArgs({ args: [...args], options: { ...CONNECTION, ...options }, allowPositionals: true, strict: true });
}

async function adminClient(values: ConnectionValues): Promise<Client<typeof AdminService>> {
  const url = values.url ?? DEFAULT_ADMIN_URL;
  if (!/^https?:\/\/[^/]+/.test(url)) throw new UsageError(`--url takes the sidecar's http(s) URL, e.g. ${DEFAULT_ADMIN_URL}`);
  return createClient(AdminService, createConnectTransport({ baseUrl: url, httpVersion: "1.1" }));
}

async function adminCall(values: ConnectionValues): Promise<{ headers: Record<string, string>; timeoutMs: number }> {
  let token = process.env.PORTCULLIS_ADMIN_TOKEN?.trim();
  const file = values["admin-token-file"];
  if (file) {
    token = (await readFile(file, "utf8").catch(() => undefined))?.trim();
    if (!token) throw new UsageError(`--admin-token-file: cannot read a token from ${file}`);
  }
  if (!token) throw new UsageError("admin commands need the admin token: --admin-token-file FILE or env PORTCULLIS_ADMIN_TOKEN");
  return { headers: { authorization: `Bearer ${token}` }, timeoutMs: ADMIN_DEADLINE_MS };
}

function printIssued(issued: IssueTokenResponse, json: boolean | undefined, revokedId?: string): void {
  const info = issued.info!;
  if (json) {
    console.log(JSON.stringify({ token: issued.token, ...tokenJson(info), ...(revokedId ? { revokedTokenId: revokedId } : {}) }, null, 2));
    return;
  }
  console.log(issued.token);
  const what = revokedId ? `rotated ${revokedId} (now revoked) into ${info.tokenId}` : `issued ${info.tokenId}`;
  console.error(
    `${what} for ${info.subject} (${kindName(info.kind)}; roles: ${info.roles.join(", ")}${info.team ? `; team ${info.team}` : ""}), ` +
      `expires ${new Date(Number(info.expiresAtMs)).toISOString()}. The token is shown only now: store it safely.`,
  );
}

function tokenJson(t: TokenInfo): Record<string, unknown> {
  const at = (ms: bigint) => (ms === 0n ? null : new Date(Number(ms)).toISOString());
  return {
    tokenId: t.tokenId,
    subject: t.subject,
    kind: kindName(t.kind),
    roles: t.roles,
    team: t.team,
    description: t.description,
    hint: t.hint,
    createdAt: at(t.createdAtMs),
    expiresAt: at(t.expiresAtMs),
    lastUsedAt: at(t.lastUsedAtMs),
    revokedAt: at(t.revokedAtMs),
  };
}

/** `--ttl` as seconds: a number of seconds, or with a unit (s, m, h, d, w). */
function ttlSeconds(value: string | undefined): bigint {
  if (value === undefined) return 0n;
  const match = /^(\d{1,9})([smhdw]?)$/.exec(value);
  if (!match) throw new UsageError(`--ttl takes a duration such as 90m, 12h, 30d or 2w, not '${value}'`);
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }[match[2] as "" | "s"];
  const seconds = BigInt(match[1]!) * BigInt(unit);
  if (seconds === 0n) throw new UsageError("--ttl must be longer than 0");
  return seconds;
}

function kindName(kind: TokenKind): string {
  return kind === TokenKind.AGENT ? "agent" : "human";
}

function status(t: TokenInfo): string {
  if (t.revoked) return "revoked";
  return Number(t.expiresAtMs) <= Date.now() ? "expired" : "active";
}

function day(ms: bigint): string {
  return ms === 0n ? "-" : new Date(Number(ms)).toISOString().slice(0, 16).replace("T", " ");
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows])
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function help(command: keyof typeof ADMIN_HELP): number {
  console.log(ADMIN_HELP[command]);
  return 0;
}

function noPositionals(positionals: readonly string[]): void {
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
}

function onePositional(positionals: readonly string[], message: string): string {
  if (positionals.length !== 1 || positionals[0] === "") throw new UsageError(message);
  return positionals[0]!;
}
