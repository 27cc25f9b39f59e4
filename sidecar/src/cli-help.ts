/**
 * The CLI's help texts. This module imports nothing heavy: `portcullis --help`, a command's
 * `--help` and usage errors answer without loading the sidecar.
 */
import { AUDIT_QUERY_HELP } from "./cli-usage.js";
import { DEFAULT_LISTEN, LISTENER_DEFAULTS as D } from "./transport/listener-limits.js";

/** The admin commands' default sidecar (the default data-plane address). */
export const DEFAULT_ADMIN_URL = `http://${DEFAULT_LISTEN.host}:${DEFAULT_LISTEN.port}`;

/** Help of the admin commands. */
export const ADMIN_HELP = {
  token: `Usage: portcullis token issue --subject S --roles R[,R…] [--kind human|agent] [--ttl 30d] [--team T] [--description D]
       portcullis token list [--subject S] [--all]
       portcullis token revoke ID
       portcullis token rotate ID [--ttl DURATION]
       portcullis token hash < token.txt

issue    issue a gateway token (pcl_… for a person, pcla_… for an agent); it is printed
         once, alone on stdout, and the sidecar keeps only its SHA-256
         --ttl: 90m, 12h, 30d (default), 2w, … at most 366d
list     list tokens, never their secrets (--all includes revoked ones)
revoke   revoke a token on every replica (within a second)
rotate   issue a token like ID (same subject, kind, roles, team) and revoke ID
hash     print the SHA-256 of a token read from stdin, for a policy's tokenSha256

Options of issue, list, revoke and rotate (clients of a running sidecar):
  --url URL               the sidecar (default ${DEFAULT_ADMIN_URL})
  --admin-token-file FILE the admin token (or env PORTCULLIS_ADMIN_TOKEN)
  --json                  print JSON

Exit codes: 0 success, 2 usage error or a request the sidecar refused as invalid,
3 the sidecar could not be reached or refused the request otherwise.`,
  offboard: `Usage: portcullis offboard SUBJECT [--reason TEXT] [--url URL] [--admin-token-file FILE] [--json]

Offboards SUBJECT in one action on every replica: revokes all its gateway tokens, refuses
its static tokens and every IdP token issued before now (the subject deny-list), and deletes
its downstream credentials (revoking them at the provider where it can; a provider that does
not confirm within 10 s gets its tokens queued and the revocation retried until it does).

Exit codes: 0 offboarded, everything revoked; 4 offboarded, with problems left (printed:
revocations queued for retry, providers without revocation, static secrets to revoke by
hand); 2 usage error; 3 the sidecar could not be reached, refused the request, or did not
answer in time (the offboarding may have happened: run the command again to see).`,
  revocations: `Usage: portcullis revocations list [--subject S] [--server S]
       portcullis revocations drop ID

The queue of OAuth token revocations a provider has not confirmed yet (deleted credentials
and offboarded subjects whose tokens wait, sealed, to be revoked; retried with backoff for
three days, then given up with an error in the log).

list     list queued revocations: id, server, subject, when queued, failed attempts and
         the last error (never a token)
drop     remove one from the queue without revoking it: after revoking the grant at the
         provider by hand (its admin console, or the user's connected-apps page)

Options (clients of a running sidecar):
  --url URL               the sidecar (default ${DEFAULT_ADMIN_URL})
  --admin-token-file FILE the admin token (or env PORTCULLIS_ADMIN_TOKEN)
  --json                  print JSON

Exit codes: 0 success, 2 usage error or a request the sidecar refused as invalid,
3 the sidecar could not be reached or refused the request otherwise (an unknown ID included).`,
} as const;

/** Help texts of the audit commands. */
export const AUDIT_HELP = {
  audit: `Usage: portcullis audit verify DIR [--public-key FILE] [--store-id ID] [--format text|json]

Verifies an audit directory: every line's hash chain (across segments), record sequence
numbers, checkpoint signatures (Ed25519), that every closed segment ends with a final
checkpoint, that no segment is missing (except the signed gap retention left at the
start) and that the store still reaches the signed head (head.json: the newest durable
checkpoint, so the newest segment cannot be deleted or cut back unnoticed). Each problem is named as SEGMENT-FILE:LINE (seq N). Records after the open segment's
last checkpoint are reported apart as the unsigned tail. A store records its creation
when its sidecar first opens it, so one that has recorded nothing yet verifies
("0 records; store ID created at …"), and one whose segments and head were removed does not.

Options:
  --public-key FILE   the store's public key (SPKI PEM) to pin; default DIR/audit-signing.pub,
                      which proves nothing against someone who could rewrite the directory
  --store-id ID       the store's id to pin (verify prints it): sidecars sharing a signing key
                      sign alike, so only the id tells this store from another one's
  --format FORMAT     text (default) or json

Exit codes: 0 intact, 1 tampered or damaged (or the key cannot be read), 2 usage error
(also when DIR is no audit store: the message names what to pass).

Usage: portcullis audit rotate-key DIR [--key-file FILE]

Retires the audit signing key (with the sidecar stopped): a new Ed25519 key signs from the
next segment, endorsed in DIR/keys.jsonl by the key it replaces; the private key in FILE
(default DIR/../audit-signing.key) and DIR/audit-signing.pub are replaced. verify accepts each
key only for its own segments, and a pinned key of any generation vouches for the whole chain.

${AUDIT_QUERY_HELP}`,
} as const;

/**
 * Help of every command, kept apart from the commands themselves so that `--help` and a
 * usage error load nothing else.
 */
export const HELP = {
  main: `portcullis — governance sidecar for MCP tool calls

Usage:
  portcullis serve --policy FILE [--listen HOST:PORT | --socket PATH] [options]
  portcullis gateway --config FILE [--drain-timeout MS] [--log-level LEVEL] [--otlp-endpoint URL]
  portcullis policy check FILE
  portcullis policy replay NEW_POLICY --audit-dir DIR [--since 30d]
  portcullis token issue|list|revoke|rotate … [--url URL] [--admin-token-file FILE]
  portcullis token hash < token.txt
  portcullis offboard SUBJECT [--reason TEXT]
  portcullis revocations list|drop ID …
  portcullis audit verify DIR [--public-key FILE] [--store-id ID] [--format text|json]
  portcullis audit query [--dir DIR] --since 30d [--server S] [--agent X] [--distinct agent] …
  portcullis audit rotate-key DIR [--key-file FILE]     (sidecar stopped)

Commands:
  serve          run the sidecar (Connect, gRPC and gRPC-Web over h2c and HTTP/1.1)
  gateway        serve governed MCP servers (virtual servers of the policy) over Streamable HTTP
  policy check   validate a policy file; print errors as file:line:column
  policy replay  what a candidate policy would change over the recorded calls
  token          issue, list, revoke and rotate gateway tokens of a running sidecar
  token hash     print the SHA-256 of a token read from stdin, for a policy's tokenSha256
  offboard       revoke every token and credential of a subject, on every replica
  revocations    list the provider revocations waiting for retry, or drop one revoked by hand
  audit verify   check an audit directory's hash chain and signatures; name where it was tampered with
  audit query    search the local audit trail (who called what, when, with which decision)
  audit rotate-key  retire the audit signing key; a new one signs from the next segment

Run 'portcullis <command> --help' for a command's options.

Exit codes: 0 success, 1 invalid policy, 2 usage error, 3 failure to start or run,
4 shutdown cut off calls at the drain deadline, 5 the audit trail did not close cleanly.`,
  serve: `Usage: portcullis serve --policy FILE [options]

Options:
  --policy FILE           policy YAML (required); reloaded when it changes
  --listen HOST:PORT      TCP address (default ${DEFAULT_LISTEN.host}:${DEFAULT_LISTEN.port}; port 0 picks one)
  --socket PATH           listen on a Unix domain socket (mode 0600) instead of TCP
  --allow-non-loopback    permit a --listen address other than loopback
  --admin-token-file FILE file holding the admin token (>= 32 bytes) for AdminService (without it, admin is off)
  --no-watch              do not reload the policy on file changes (SIGHUP and ReloadPolicy still do)
  --policy-settle MS      load a changed policy file once it has been unchanged this long (default 1000)
  --drain-timeout MS      how long shutdown waits for in-flight calls (default 10000)
  --header-timeout MS     close a connection whose first request has not fully arrived
                          this long after it connected, silent ones too (default ${D.headerTimeoutMs})
  --idle-timeout MS       close a connection with nothing in flight for this long (default ${D.idleTimeoutMs})
  --request-timeout MS    refuse a request whose body has not fully arrived this long after
                          its head, with DeadlineExceeded (default ${D.requestTimeoutMs})
  --max-connections N     most open connections; at the cap a new one replaces the longest
                          idle, or is closed when all are busy (default 1024, or 64 below
                          the open-file limit if lower: here ${D.maxConnections})
  --max-inflight-bytes B  most request-body bytes held across all calls in flight; beyond it
                          calls get ResourceExhausted (default 32MiB; KiB/MiB/GiB suffixes)
  --max-streams-per-connection N
                          concurrent HTTP/2 streams per connection; clients queue the rest
                          (default ${D.maxStreamsPerConnection})
  --redis URL             share limit state with a fleet through Redis (default: in memory)
  --redis-prefix PREFIX   Redis key prefix with its Cluster hash tag (default pcl:{portcullis}:)
  --state-timeout MS      longest one decision waits on Redis, all its waits together (an unseen
                          gateway token's lookup, the credential's vault read and a due token
                          refresh's turn and write, then its limits); past it, fail closed
                          (default 250)
  --data-dir DIR          where gateway tokens and the credential vault live (default ./portcullis-data;
                          with --redis, a fleet keeps them in Redis)
  --vault-key-file FILE   the credential vault's key (32 bytes, base64 or hex; or env PORTCULLIS_VAULT_KEY)
  --vault-previous-key-file FILE
                          a key rotated from (repeatable; or env PORTCULLIS_VAULT_PREVIOUS_KEYS, comma-separated):
                          records sealed under it are read and re-sealed under the current key
  --scim-token-file FILE  bearer token (>= 32 bytes) of the IdP's SCIM client; enables /scim/v2
  --scim-subject ATTR     which SCIM attribute names the subject: userName (default) or externalId
  --public-url URL        the sidecar's URL as a browser reaches it (OAuth connect links)
  --audit-dir DIR         where the audit trail is written (default DATA-DIR/audit; one sidecar per directory)
  --audit-mode MODE       async (default: a decision returns before its record is fsync'ed; flushed
                          every 5 ms, nothing lost on SIGTERM) or sync (the reply waits for the fsync)
  --audit-key-file FILE   the Ed25519 key that signs checkpoints (default DATA-DIR/audit-signing.key,
                          created at first start)
  --audit-retention DAYS  delete whole audit segments older than this (default: keep everything)
  --audit-index MODE      background (default: every 30 s a worker thread catches the query index
                          up, then exits) or on-query (no worker; a query first indexes what was
                          appended since the last one)
  --no-audit              record nothing (not recommended: decisions then leave no trail)
  --audit-stream [KEY]    also XADD each committed audit record to a Redis Stream on --redis
                          (required), so a fleet's records meet in one place. KEY defaults to
                          the --redis-prefix followed by audit (pcl:{portcullis}:audit); capped
                          near 1,000,000 entries; argument names only, never their values.
                          Best effort: records Redis does not take within 5 s are dropped and
                          counted (a warning at most every 30 s; metric
                          portcullis.audit.stream.dropped); a stop waits for the appends in
                          flight at most 2 s, and no longer than --drain-timeout allows
  --shadow-policy FILE    decide every call under FILE too and record where it disagrees with the
                          enforced policy (never enforced; reloaded like the policy)
  --otlp-endpoint URL     export spans, audit records and metrics over OTLP/HTTP (protobuf) to
                          URL, e.g. http://127.0.0.1:4318 (default: off, unless the standard
                          OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_<SIGNAL>_ENDPOINT is set)
  --no-lean-unary         serve every call through the Connect framework (default: plain unary
                          Connect calls of the data plane take a leaner path with the same answers)
  --guardrail-warmup WHEN start (default): build the guardrails' detectors (~1 s of CPU, ~35 MB)
                          before serving; first-scan: with the first ScanResponse, which waits for
                          them (faster starts; nothing built by a sidecar that never scans). Also
                          PORTCULLIS_GUARDRAIL_WARMUP
  --trim-interval MS      how often malloc's free pages go back to the kernel, off the serving
                          thread (default 10000; 0 never). Linux with glibc, where npm's build
                          compiled sidecar/native/malloc-trim.node; elsewhere nothing happens
  --log-level LEVEL       fatal, error, warn, info (default), debug, trace, silent
  -h, --help              show this help

Signals: SIGTERM/SIGINT drain in-flight calls and exit 0 (4 if --drain-timeout cut calls off); a
repeated signal is logged and the drain goes on; a third SIGINT cuts it short (exit 4). SIGHUP
reloads the policy. Signals that come while the sidecar starts are logged at once and answered
once that is possible: a stop once the start has finished (exit 0), a reload once it serves.
Exit codes: 0 after a clean shutdown, 1 invalid policy at start, 2 usage error, 3 cannot listen or crashed,
4 the drain deadline (or a third SIGINT) cut off calls still in flight (the log says how many),
5 the audit trail did not close cleanly: records lost, or its segment left without a final checkpoint
(the log says which; 5 wins over 4).`,
  policy: `Usage: portcullis policy check FILE
       portcullis policy replay NEW_POLICY --audit-dir DIR [--since 30d] (see policy replay --help)

Validates FILE and prints every problem at once as FILE:LINE:COLUMN: PATH: MESSAGE,
warnings marked (warning). Exit codes: 0 valid (warnings may be printed), 1 invalid, 2 usage error.`,
  ...ADMIN_HELP,
  ...AUDIT_HELP,
} as const;
