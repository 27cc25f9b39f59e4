/**
 * Prefix-anchored credential formats. Each rule is a vendor's published token shape: a
 * literal prefix, a body alphabet and a length (exact or bounded), plus an optional check.
 * Rules are data so that adding a vendor is one line and the scanner stays a single pass.
 *
 * Portcullis's own gateway tokens use the prefixes `pcl_` (a person's personal access token)
 * and `pcla_` (a service agent's token) followed by at least 32 base62 characters (43 when
 * issued); they are caught here so a gateway token echoed by a tool never reaches an agent.
 */
import { base62Crc32Valid, grafanaServiceAccountChecksumValid } from "./token-checksums.js";
import { hasRepeatRun, isPlaceholderValue, shannonEntropy } from "./entropy.js";
import { isAlnum, isBase64Char, isHexChar, isTokenChar, type CharTest } from "./text-runs.js";

/** One prefix-anchored credential format. */
export interface PrefixRule {
  readonly id: string;
  readonly prefixes: readonly string[];
  /** Characters allowed after the prefix. */
  readonly body: CharTest;
  readonly min: number;
  /** Upper bound; with `exact` the body must be exactly `min` long and not continue. */
  readonly max: number;
  readonly exact?: boolean;
  /** Extra validation of the body (after the prefix). */
  readonly check?: (body: string) => boolean;
  /**
   * Characters that must not precede the prefix (default: letters and digits for a distinctive
   * prefix of four characters or more, so that `wf-ghp_…` is found; token characters for a shorter one).
   */
  readonly notAfter?: CharTest;
  readonly confidence?: number;
  /**
   * The vendor's checksum over the body, where it has one: a body that passes is reported
   * at {@link CHECKSUM_PASSED}, one that fails (made up, truncated) at {@link CHECKSUM_FAILED}.
   */
  readonly checksum?: (body: string) => boolean;
  /**
   * Where its vendor documents the token as public (meant to ship in a browser app): true when
   * the token at `[start, end)` of `text` stands in such a place, and is then no secret.
   */
  readonly publicAt?: (text: string, start: number, end: number) => boolean;
}

/**
 * An AWS access key id as AWS's own APIs list it for reference (`ListAccessKeys`'s
 * `AccessKeyMetadata`, CloudTrail's `userIdentity.accessKeyId`): under the API's `AccessKeyId`
 * field, in a document that holds no secret access key. AWS documents the id as the key's public
 * half (a user name to the secret's password); printed with its secret (`sts get-session-token`,
 * `iam create-access-key`), or under any other name (`AWS_ACCESS_KEY_ID=`, `aws_token:`), it is
 * still reported.
 */
function awsKeyMetadata(text: string, start: number): boolean {
  return AWS_ID_FIELD.test(text.slice(Math.max(0, start - 40), start)) && !AWS_SECRET_NAMED.test(text);
}
/** The API's field for the id, right before its value. */
const AWS_ID_FIELD = /["']?(?:AccessKeyId|accessKeyId)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?$/;
/** A secret access key named anywhere in the text. */
const AWS_SECRET_NAMED = /secret_?access_?key|aws_secret/i;

/** How far around a key its configuration object is read. */
const CONFIG_REACH = 400;
/**
 * A Firebase web app's configuration (`apiKey` beside `authDomain` and the project's ids), whose
 * API key Firebase documents as safe to include in code: it identifies the project, and access is
 * governed by security rules, not by the key.
 */
function firebaseWebConfig(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - CONFIG_REACH), Math.min(text.length, end + CONFIG_REACH));
  return (
    /\bapiKey["']?\s{0,2}[:=]\s{0,2}["'`]?$/.test(text.slice(Math.max(0, start - 24), start)) &&
    /\bauthDomain\b/.test(around) &&
    /\b(?:projectId|appId|messagingSenderId|storageBucket)\b/.test(around)
  );
}

/** Confidence of a token whose vendor checksum holds: it was issued by the vendor. */
export const CHECKSUM_PASSED = 0.99;
/** Confidence of a token of the right shape whose checksum fails: not a high-confidence match. */
export const CHECKSUM_FAILED = 0.6;

const alnum = isAlnum;
const letters: CharTest = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const upperAlnum: CharTest = (c) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const tokenDot: CharTest = (c) => isTokenChar(c) || c === 46;
const tokenEq: CharTest = (c) => isTokenChar(c) || c === 61;
const b64: CharTest = isBase64Char;
const hex = isHexChar;
const mixedCase = (s: string): boolean => /[a-z]/.test(s) && /[A-Z]/.test(s);
const lowerAlnum: CharTest = (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
const digitsAndLetters = (s: string): boolean => /\d/.test(s) && /[A-Za-z]/.test(s);
const random = (s: string): boolean => !isPlaceholderValue(s) && shannonEntropy(s) >= 3;
const slackBody = (s: string): boolean => s.length >= 20 && (s.match(/\d/g)?.length ?? 0) >= 5;

/** The prefix rules, most specific prefixes first within a family. */
export const PREFIX_RULES: readonly PrefixRule[] = [
  { id: "portcullis-token", prefixes: ["pcl_", "pcla_"], body: alnum, min: 32, max: 128, check: random, confidence: 0.99 },
  {
    id: "aws-access-key",
    prefixes: ["AKIA", "ASIA", "ABIA", "ACCA"],
    body: upperAlnum,
    min: 16,
    max: 16,
    exact: true,
    check: random,
    publicAt: awsKeyMetadata,
  },
  // Tencent Cloud's SecretId (`AKID` and 32 letters and digits), one half of its key pair, as AWS's key id is.
  { id: "tencent-secret-id", prefixes: ["AKID"], body: alnum, min: 32, max: 32, exact: true, check: (s) => mixedCase(s) && /\d/.test(s) && random(s) },
  {
    id: "github-token",
    prefixes: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
    body: alnum,
    min: 36,
    max: 36,
    exact: true,
    check: random,
    checksum: base62Crc32Valid,
  },
  { id: "github-fine-grained-pat", prefixes: ["github_pat_"], body: isTokenChar, min: 82, max: 82, exact: true, check: random },
  {
    id: "gitlab-token",
    prefixes: ["glpat-", "gldt-", "glsoat-", "glcbt-", "glrt-", "glft-", "glffct-", "GR1348941"],
    body: isTokenChar,
    min: 20,
    // Routable tokens (`glpat-<payload>.<version><crc>`) carry a payload of up to 300 characters.
    max: 300,
    check: random,
  },
  { id: "gitlab-token", prefixes: ["glimt-"], body: isTokenChar, min: 25, max: 25, exact: true, check: random },
  { id: "gitlab-token", prefixes: ["glptt-"], body: isTokenChar, min: 40, max: 40, exact: true, check: random },
  { id: "gitlab-token", prefixes: ["glagent-"], body: isTokenChar, min: 50, max: 1024, check: random },
  { id: "gitlab-token", prefixes: ["gloas-"], body: isTokenChar, min: 64, max: 64, exact: true, check: random },
  {
    id: "slack-token",
    prefixes: ["xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxs-", "xoxr-", "xoxe-", "xapp-"],
    body: isTokenChar,
    min: 10,
    max: 512,
    check: slackBody,
  },
  { id: "slack-config-token", prefixes: ["xoxe.xoxp-", "xoxe.xoxb-"], body: isTokenChar, min: 60, max: 512, check: random },
  {
    id: "slack-webhook",
    prefixes: ["hooks.slack.com/"],
    body: (c) => isTokenChar(c) || c === 47,
    min: 30,
    max: 200,
    notAfter: alnum,
    check: (s) => /^(?:services|workflows|triggers)\/T[A-Z0-9]{6,}\//.test(s) && !hasRepeatRun(s, 8),
  },
  // Salesforce session and OAuth access tokens: the org's id (`00D` and 12 or 15 characters), `!`, the token.
  {
    id: "salesforce-access-token",
    prefixes: ["00D"],
    body: (c) => isAlnum(c) || c === 33 || c === 46 || c === 95,
    min: 90,
    max: 256,
    notAfter: alnum,
    check: (s) => /^[A-Za-z0-9]{9,12}![A-Za-z0-9._]{80,}$/.test(s) && random(s),
  },
  // Zapier's catch hooks: the URL is the credential, as Slack's webhooks are (account id, hook id).
  {
    id: "zapier-webhook",
    prefixes: ["hooks.zapier.com/hooks/catch/"],
    body: (c) => isAlnum(c) || c === 47,
    min: 8,
    max: 80,
    notAfter: alnum,
    check: (s) => /^\d{4,12}\/[A-Za-z0-9]{4,40}\/?$/.test(s),
  },
  // Tailscale's keys (auth keys, API access tokens, OAuth client secrets, SCIM and webhook
  // secrets): `tskey-<kind>-`, a key id, a dash and the secret.
  {
    id: "tailscale-key",
    prefixes: ["tskey-auth-", "tskey-api-", "tskey-client-", "tskey-scim-", "tskey-webhook-"],
    body: (c) => isAlnum(c) || c === 45,
    min: 20,
    max: 120,
    check: (s) => /^[A-Za-z0-9]{6,}-[A-Za-z0-9]{16,}$/.test(s) && random(s),
  },
  {
    id: "stripe-key",
    prefixes: ["sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_", "whsec_"],
    body: alnum,
    min: 20,
    max: 255,
    check: random,
  },
  // OpenRouter's keys: sk-or-v1- and 64 hex digits (before OpenAI's generic sk-, which needs its marker).
  { id: "openrouter-key", prefixes: ["sk-or-v1-"], body: hex, min: 64, max: 64, exact: true, check: random },
  { id: "openai-key", prefixes: ["sk-"], body: isTokenChar, min: 40, max: 300, check: (s) => s.includes("T3BlbkFJ") && random(s) },
  // Google's documented form (and gitleaks'): AIza and 35 token characters; most keys go on with "Sy", not all.
  { id: "google-api-key", prefixes: ["AIza"], body: isTokenChar, min: 35, max: 35, exact: true, check: random, publicAt: firebaseWebConfig },
  { id: "npm-token", prefixes: ["npm_"], body: alnum, min: 36, max: 36, exact: true, check: random, checksum: base62Crc32Valid },
  // PyPI's macaroons grow with their caveats (gitleaks reads up to 1,000 characters after the prefix).
  { id: "pypi-token", prefixes: ["pypi-AgE"], body: isTokenChar, min: 50, max: 1024 },
  // Docker Hub's personal and organisation access tokens (dckr_pat_, dckr_oat_ and 27 characters).
  { id: "dockerhub-token", prefixes: ["dckr_pat_", "dckr_oat_"], body: isTokenChar, min: 27, max: 27, exact: true, check: random },
  // An Okta API token in its Authorization scheme: "SSWS 00" and 40 token characters.
  { id: "okta-token", prefixes: ["SSWS 00"], body: isTokenChar, min: 40, max: 40, exact: true, check: random },
  { id: "huggingface-token", prefixes: ["hf_", "api_org_"], body: letters, min: 34, max: 34, exact: true, check: (s) => mixedCase(s) && random(s) },
  { id: "grafana-token", prefixes: ["glc_eyJ"], body: b64, min: 32, max: 512, check: random },
  {
    id: "grafana-token",
    prefixes: ["glsa_"],
    body: isTokenChar,
    min: 41,
    max: 41,
    exact: true,
    check: (s) => /^[A-Za-z0-9]{32}_[0-9a-f]{8}$/.test(s) && random(s),
    checksum: grafanaServiceAccountChecksumValid,
  },
  {
    id: "sourcegraph-token",
    prefixes: ["sgp_"],
    body: isTokenChar,
    min: 40,
    max: 63,
    check: (s) => /^(?:(?:[A-Fa-f0-9]{16}|local)_)?[A-Fa-f0-9]{40}$/.test(s) && random(s) && !hasRepeatRun(s, 5),
  },
  {
    id: "notion-token",
    prefixes: ["ntn_", "secret_"],
    body: alnum,
    min: 43,
    max: 46,
    check: (s) => (/^\d{11}[A-Za-z0-9]{35}$/.test(s) || s.length === 43) && mixedCase(s),
  },
  { id: "perplexity-key", prefixes: ["pplx-"], body: alnum, min: 48, max: 48, exact: true, check: random },
  { id: "prefect-key", prefixes: ["pnu_"], body: alnum, min: 36, max: 36, exact: true, check: random },
  { id: "readme-key", prefixes: ["rdme_"], body: alnum, min: 70, max: 70, exact: true, check: random },
  { id: "infracost-key", prefixes: ["ico-"], body: alnum, min: 32, max: 32, exact: true, check: (s) => mixedCase(s) && random(s) },
  { id: "sentry-token", prefixes: ["sntrys_eyJ"], body: (c) => b64(c) && c !== 45, min: 50, max: 512 },
  { id: "sentry-token", prefixes: ["sntryu_"], body: hex, min: 64, max: 64, exact: true },
  { id: "flyio-token", prefixes: ["fo1_"], body: isTokenChar, min: 43, max: 43, exact: true, check: random },
  { id: "flyio-token", prefixes: ["FlyV1 fm1r_", "FlyV1 fm1a_", "FlyV1 fm2_"], body: b64, min: 64, max: 4096 },
  // The same macaroons without their scheme (`fly tokens create` prints them bare): 100 base64 characters or more.
  { id: "flyio-token", prefixes: ["fm1r_", "fm1a_", "fm2_"], body: b64, min: 100, max: 4096, check: (s) => digitsAndLetters(s) && random(s) },
  { id: "databricks-token", prefixes: ["dapi"], body: (c) => hex(c) || c === 45, min: 32, max: 34, check: (s) => /^[a-f0-9]{32}(?:-\d)?$/.test(s) },
  { id: "vault-token", prefixes: ["hvs.", "hvb."], body: isTokenChar, min: 90, max: 512 },
  // Shorter service tokens are still a protobuf in base64: CAES… (field 1, bytes).
  { id: "vault-token", prefixes: ["hvs.CAES", "hvb.CAES"], body: isTokenChar, min: 56, max: 512, check: random },
  { id: "vault-token", prefixes: ["s."], body: alnum, min: 24, max: 24, exact: true, check: (s) => mixedCase(s) && /\d/.test(s) },
  // Open-source Vault's short service, batch and recovery tokens: the prefix and 24 random characters (hvs.6j4cuewowBGit65rheNoceI7).
  {
    id: "vault-token",
    prefixes: ["hvs.", "hvb.", "hvr."],
    body: alnum,
    min: 24,
    max: 24,
    exact: true,
    check: (s) => mixedCase(s) && /\d/.test(s) && random(s),
  },
  { id: "scalingo-token", prefixes: ["tk-us-"], body: isTokenChar, min: 48, max: 48, exact: true },
  { id: "square-token", prefixes: ["sq0atp-"], body: isTokenChar, min: 22, max: 22, exact: true },
  { id: "square-token", prefixes: ["sq0csp-"], body: isTokenChar, min: 43, max: 43, exact: true },
  { id: "square-token", prefixes: ["EAAA"], body: isTokenChar, min: 60, max: 60, exact: true, check: random },
  { id: "facebook-token", prefixes: ["EAAM", "EAAC", "EAAG", "EAAB"], body: alnum, min: 100, max: 512, check: random },
  { id: "age-secret-key", prefixes: ["AGE-SECRET-KEY-1"], body: upperAlnum, min: 58, max: 58, exact: true },
  { id: "heroku-key", prefixes: ["HRKU-AA"], body: isTokenChar, min: 58, max: 58, exact: true },
  { id: "atlassian-token", prefixes: ["ATATT3"], body: (c) => isTokenChar(c) || c === 61, min: 150, max: 300 },
  { id: "octopus-key", prefixes: ["API-"], body: upperAlnum, min: 26, max: 26, exact: true, check: digitsAndLetters },
  { id: "bedrock-key", prefixes: ["ABSK"], body: b64, min: 109, max: 271, exact: false, check: random },
  {
    id: "bedrock-key",
    prefixes: ["bedrock-api-key-"],
    body: b64,
    min: 28,
    max: 4096,
    check: (s) => Buffer.from(s, "base64").toString("latin1").startsWith("bedrock.amazonaws.com"),
  },
  { id: "intra42-secret", prefixes: ["s-s4t2ud-", "s-s4t2af-"], body: hex, min: 64, max: 64, exact: true },
  { id: "clojars-token", prefixes: ["CLOJARS_"], body: alnum, min: 60, max: 60, exact: true },
  { id: "1password-token", prefixes: ["ops_eyJ"], body: b64, min: 50, max: 8192 },
  { id: "sendgrid-key", prefixes: ["SG."], body: tokenDot, min: 66, max: 66, exact: true, check: (s) => /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(s) },
  {
    id: "anthropic-key",
    prefixes: ["sk-ant-api03-", "sk-ant-admin01-", "sk-ant-oat01-", "sk-ant-ort01-"],
    body: isTokenChar,
    min: 95,
    max: 95,
    exact: true,
    check: (s) => s.endsWith("AA"),
  },
  // More vendors, compared with gitleaks' rule set (v8, cmd/generate/config/rules): the
  // prefix-anchored formats it knows that were missing here. Browser/publishable keys of the
  // same vendors (Mapbox `pk.`, New Relic `NRJS-`, Flutterwave `FLWPUBK-`) are left out on purpose,
  // and so is Twilio's `SK` + 32 hex: a two-letter prefix is a hit in every "task" and "ask".
  { id: "digitalocean-token", prefixes: ["dop_v1_", "doo_v1_", "dor_v1_"], body: hex, min: 64, max: 64, exact: true, check: random },
  { id: "doppler-token", prefixes: ["dp.pt."], body: alnum, min: 43, max: 43, exact: true, check: random },
  // Service (dp.st.<config>.), CLI, service-account, SCIM and audit tokens (Doppler's token formats).
  {
    id: "doppler-token",
    prefixes: ["dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."],
    body: tokenDot,
    min: 40,
    max: 128,
    check: (s) => /(?:^|\.)[A-Za-z0-9]{40,}$/.test(s) && random(s),
  },
  {
    id: "discord-webhook",
    prefixes: ["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"],
    body: (c) => isTokenChar(c) || c === 47,
    min: 60,
    max: 200,
    notAfter: alnum,
    // A webhook's id is a snowflake (17 to 20 digits today; shorter ones are as plainly ids).
    check: (s) => /^\d{15,20}\/[A-Za-z0-9_-]{60,68}$/.test(s),
  },
  { id: "duffel-token", prefixes: ["duffel_test_", "duffel_live_"], body: tokenEq, min: 43, max: 43, exact: true, check: random },
  {
    id: "dynatrace-token",
    prefixes: ["dt0c01."],
    body: tokenDot,
    min: 89,
    max: 89,
    exact: true,
    check: (s) => /^[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}$/.test(s) && random(s),
  },
  { id: "easypost-token", prefixes: ["EZAK", "EZTK"], body: alnum, min: 54, max: 54, exact: true, check: random },
  { id: "frameio-token", prefixes: ["fio-u-"], body: tokenEq, min: 64, max: 64, exact: true, check: random },
  { id: "linear-key", prefixes: ["lin_api_"], body: alnum, min: 40, max: 40, exact: true, check: random },
  // Honeycomb's API keys: ingest (`hcaik_`, `hcxik_`) and management (`hcamk_`, `hcxmk_`), a
  // lower-case body of about sixty characters.
  {
    id: "honeycomb-key",
    prefixes: ["hcaik_", "hcxik_", "hcamk_", "hcxmk_"],
    body: lowerAlnum,
    min: 50,
    max: 70,
    check: (s) => digitsAndLetters(s) && random(s),
  },
  { id: "newrelic-key", prefixes: ["NRAK-"], body: alnum, min: 27, max: 27, exact: true, check: random },
  { id: "newrelic-key", prefixes: ["NRII-"], body: isTokenChar, min: 32, max: 32, exact: true, check: random },
  { id: "planetscale-token", prefixes: ["pscale_tkn_", "pscale_pw_", "pscale_oauth_"], body: (c) => tokenDot(c) || c === 61, min: 32, max: 64, check: random },
  { id: "postman-key", prefixes: ["PMAK-"], body: isTokenChar, min: 59, max: 59, exact: true, check: (s) => /^[a-f0-9]{24}-[a-f0-9]{34}$/i.test(s) },
  { id: "pulumi-token", prefixes: ["pul-"], body: hex, min: 40, max: 40, exact: true, check: random },
  { id: "rubygems-key", prefixes: ["rubygems_"], body: hex, min: 48, max: 48, exact: true, check: random },
  { id: "shippo-token", prefixes: ["shippo_live_", "shippo_test_"], body: hex, min: 40, max: 40, exact: true, check: random },
  { id: "shopify-token", prefixes: ["shpat_", "shpca_", "shppa_", "shpss_"], body: hex, min: 32, max: 32, exact: true, check: random },
  { id: "typeform-token", prefixes: ["tfp_"], body: (c) => tokenDot(c) || c === 61, min: 59, max: 59, exact: true, check: random },
  { id: "brevo-key", prefixes: ["xkeysib-"], body: isTokenChar, min: 81, max: 81, exact: true, check: (s) => /^[a-f0-9]{64}-[A-Za-z0-9]{16}$/.test(s) },
  { id: "alibaba-access-key", prefixes: ["LTAI"], body: alnum, min: 20, max: 20, exact: true, check: (s) => digitsAndLetters(s) && random(s) },
  { id: "adobe-client-secret", prefixes: ["p8e-"], body: alnum, min: 32, max: 32, exact: true, check: (s) => digitsAndLetters(s) && random(s) },
  { id: "artifactory-token", prefixes: ["AKCp"], body: alnum, min: 69, max: 69, exact: true, check: random },
  { id: "artifactory-token", prefixes: ["cmVmdGtu"], body: alnum, min: 56, max: 56, exact: true, check: random },
  { id: "clickhouse-key", prefixes: ["4b1d"], body: alnum, min: 38, max: 38, exact: true, check: (s) => mixedCase(s) && random(s) },
  { id: "defined-networking-key", prefixes: ["dnkey-"], body: tokenEq, min: 79, max: 79, exact: true, check: (s) => s.charCodeAt(26) === 45 && random(s) },
  {
    id: "flutterwave-key",
    prefixes: ["FLWSECK_TEST-", "FLWSECK-"],
    body: isTokenChar,
    min: 34,
    max: 34,
    exact: true,
    check: (s) => /^[a-h0-9]{32}-X$/i.test(s),
  },
  // Flutterwave's encryption keys: `FLWSECK_TEST` and 12 characters of its secret keys' alphabet
  // (gitleaks writes a `-` between them).
  {
    id: "flutterwave-key",
    prefixes: ["FLWSECK_TEST-", "FLWSECK_TEST"],
    body: alnum,
    min: 12,
    max: 12,
    exact: true,
    // Twelve characters hold at most 3.6 bits each: `random`'s 3 would drop a fifth of real keys.
    check: (s) => /^[a-h0-9]{12}$/i.test(s) && digitsAndLetters(s) && shannonEntropy(s) >= 2.5,
  },
  { id: "openshift-token", prefixes: ["sha256~"], body: isTokenChar, min: 43, max: 43, exact: true, check: random },
  { id: "dropbox-token", prefixes: ["sl."], body: tokenEq, min: 135, max: 135, exact: true, check: random },
  {
    id: "mapbox-secret-token",
    prefixes: ["sk.eyJ"],
    body: tokenDot,
    min: 60,
    max: 512,
    check: (s) => /^[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}$/.test(s) && random(s),
  },
  // Figma personal access tokens (`figd_…`, Figma's documented prefix).
  { id: "figma-token", prefixes: ["figd_"], body: isTokenChar, min: 38, max: 64, check: (s) => digitsAndLetters(s) && random(s) },
  { id: "settlemint-token", prefixes: ["sm_pat_", "sm_aat_", "sm_sat_"], body: alnum, min: 16, max: 16, exact: true, check: random },
  // A Microsoft Teams incoming webhook (`https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>`):
  // whoever holds the URL posts into the channel, as with Slack's and Discord's.
  {
    id: "teams-webhook",
    prefixes: ["webhook.office.com/webhookb2/"],
    body: (c) => isTokenChar(c) || c === 47 || c === 64,
    min: 100,
    max: 400,
    check: (s) => TEAMS_WEBHOOK_PATH.test(s),
  },
  // GitLab's session cookie: a signed-in browser session, as good as the password while it lasts.
  { id: "gitlab-session-cookie", prefixes: ["_gitlab_session="], body: isHexChar, min: 32, max: 32, exact: true, check: random },
  // Further formats, compared again with gitleaks' rule set (v8.28, config/gitleaks.toml) and
  // with trufflehog's detectors for the model vendors an agent's tools call: each a documented
  // prefix or signature and a fixed shape, so a bare token is found without a key naming it.
  // X (Twitter) app-only bearer tokens: 21 or 22 `A`s (the 22nd is the first of the app's id when
  // that id is small: X's own documented token has 21), then the URL-encoded rest (`%2B`, `%3D`).
  // Base64 of zero bytes is `A`s too: a body with `+`, `/` or `=` is such data, not a token.
  {
    id: "twitter-bearer-token",
    prefixes: ["AAAAAAAAAAAAAAAAAAAAA"],
    body: (c) => b64(c) || c === 37,
    // Issued tokens run 80 to 100 after 22 As (so up to 101 after the prefix's 21: the longest
    // were missed under any name, a run of As being no key word's value); shorter ones are
    // written by hand in examples and tests, and 22 As and 40 random characters are no other format's.
    min: 40,
    max: 101,
    check: (s) => /^[A-Za-z0-9%]+$/.test(s) && random(s),
  },
  // Grafana's legacy API keys: base64 of `{"k":"…","n":"…","id":…}` (no dots: not a JWT).
  {
    id: "grafana-token",
    prefixes: ["eyJrIjoi"],
    body: (c) => alnum(c) || c === 61,
    min: 70,
    max: 400,
    check: (s) => /^[A-Za-z0-9]+={0,3}$/.test(s) && random(s),
  },
  // Harness personal and service-account tokens: pat|sat . account . token id . secret.
  {
    id: "harness-token",
    prefixes: ["pat.", "sat."],
    body: tokenDot,
    min: 68,
    max: 68,
    exact: true,
    check: (s) => /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}$/.test(s) && random(s),
  },
  { id: "yandex-api-key", prefixes: ["AQVN"], body: isTokenChar, min: 35, max: 38, check: (s) => mixedCase(s) && random(s) },
  // Yandex Cloud IAM tokens: t1. header . 86-character signature (`t1.micro` is an instance type).
  {
    id: "yandex-iam-token",
    prefixes: ["t1."],
    body: (c) => tokenDot(c) || c === 61,
    min: 90,
    max: 1024,
    check: (s) => /^[A-Za-z0-9_-]{8,}={0,2}\.[A-Za-z0-9_-]{86}={0,2}$/.test(s),
  },
  // Plaid's access tokens name their environment before a UUID.
  {
    id: "plaid-access-token",
    prefixes: ["access-production-", "access-development-", "access-sandbox-"],
    body: (c) => hex(c) || c === 45,
    min: 36,
    max: 36,
    exact: true,
    check: (s) => /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(s),
  },
  // Google OAuth client secrets (GOCSPX-) and access tokens (ya29.).
  { id: "google-oauth-secret", prefixes: ["GOCSPX-"], body: isTokenChar, min: 28, max: 28, exact: true, check: random },
  { id: "google-oauth-token", prefixes: ["ya29."], body: tokenDot, min: 30, max: 4096, check: (s) => digitsAndLetters(s) && random(s) },
  // Braintree (PayPal) access tokens: access_token$environment$merchant id$secret.
  {
    id: "braintree-token",
    prefixes: ["access_token$production$", "access_token$sandbox$"],
    body: (c) => alnum(c) || c === 36,
    min: 49,
    max: 49,
    exact: true,
    check: (s) => /^[0-9a-z]{16}\$[0-9a-f]{32}$/.test(s),
  },
  { id: "groq-key", prefixes: ["gsk_"], body: alnum, min: 52, max: 52, exact: true, check: (s) => mixedCase(s) && random(s) },
  { id: "xai-key", prefixes: ["xai-"], body: alnum, min: 80, max: 80, exact: true, check: (s) => mixedCase(s) && random(s) },
  { id: "replicate-token", prefixes: ["r8_"], body: isTokenChar, min: 37, max: 37, exact: true, check: (s) => digitsAndLetters(s) && random(s) },
  {
    id: "langsmith-key",
    prefixes: ["lsv2_pt_", "lsv2_sk_"],
    body: isTokenChar,
    min: 43,
    max: 43,
    exact: true,
    check: (s) => /^[0-9a-f]{32}_[0-9a-f]{10}$/.test(s) && random(s),
  },
  { id: "supabase-token", prefixes: ["sbp_"], body: alnum, min: 40, max: 40, exact: true, check: (s) => digitsAndLetters(s) && random(s) },
  // Supabase's newer secret keys (its publishable `sb_publishable_` keys ship in browsers).
  { id: "supabase-token", prefixes: ["sb_secret_"], body: isTokenChar, min: 24, max: 64, check: (s) => mixedCase(s) && random(s) },
  { id: "pinecone-key", prefixes: ["pcsk_"], body: isTokenChar, min: 40, max: 128, check: (s) => mixedCase(s) && /\d/.test(s) && random(s) },
  {
    id: "tavily-key",
    prefixes: ["tvly-"],
    body: isTokenChar,
    min: 32,
    max: 37,
    check: (s) => /^(?:(?:dev|prod)-)?[A-Za-z0-9]{32}$/.test(s) && mixedCase(s) && random(s),
  },
  // NuGet API keys: `oy2` and 43 lower-case letters and digits.
  { id: "nuget-api-key", prefixes: ["oy2"], body: lowerAlnum, min: 43, max: 43, exact: true, check: (s) => digitsAndLetters(s) && random(s) },
  { id: "netlify-token", prefixes: ["nfp_"], body: isTokenChar, min: 36, max: 40, check: (s) => digitsAndLetters(s) && random(s) },
  // Contentful's personal access tokens (Content Management API): `CFPAT-` and 43 characters.
  { id: "contentful-token", prefixes: ["CFPAT-"], body: isTokenChar, min: 43, max: 43, exact: true, check: (s) => digitsAndLetters(s) && random(s) },
  // A JWT encoded once more in base64 (a Kubernetes Secret's `data:`, a CI variable): `ZXlK` is
  // base64 of `eyJ`, and the body must decode to a JWT whose header names its algorithm.
  { id: "jwt-base64", prefixes: ["ZXlK"], body: b64, min: 60, max: 8192, check: base64Jwt },
  // Authress service client access keys: client id . key id . `acc_` account id . private key.
  {
    id: "authress-key",
    prefixes: ["sc_", "ext_", "scauth_", "authress_"],
    body: (c) => b64(c) || c === 46,
    min: 50,
    max: 200,
    check: (s) => AUTHRESS_KEY.test(s) && random(s),
  },
  // Grafana Cloud access policy tokens: `glc_` and base64 (gitleaks' grafana-cloud-api-token).
  { id: "grafana-cloud-token", prefixes: ["glc_"], body: (c) => b64(c) || c === 61, min: 32, max: 400, check: (s) => digitsAndLetters(s) && random(s) },
];

/** An Authress access key after its prefix (`sc_`, `ext_`, `scauth_`, `authress_`). */
const AUTHRESS_KEY = /^[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}$/i;

/** A JWT's first two segments, as base64url decodes them into. */
const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/;

/** Whether `ZXlK` and `body` are base64 of a signed JWT whose header is a JSON object naming `alg`. */
function base64Jwt(body: string): boolean {
  const decoded = Buffer.from(`ZXlK${body}`, "base64").toString("latin1");
  if (!JWT_SHAPE.test(decoded)) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(decoded.slice(0, decoded.indexOf(".")), "base64url").toString("utf8"));
    return typeof header === "object" && header !== null && typeof (header as { alg?: unknown }).alg === "string";
  } catch {
    return false;
  }
}

/** A Teams webhook's path after `webhookb2/`: two GUIDs joined by `@`, the connector's id and its owner's GUID. */
const TEAMS_WEBHOOK_PATH =
  /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}@[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?:\/|$)/i;

/** The rules that say where their tokens are public. */
const PUBLIC_AT_RULES = PREFIX_RULES.filter((r) => r.publicAt !== undefined);

/**
 * Whether the value at `[start, end)` of `text` is a vendor token its vendor documents as
 * public where it stands (see {@link PrefixRule.publicAt}), whatever key it is assigned to.
 *
 * @example
 * ```ts
 * publicVendorToken("firebaseConfig = { apiKey: 'AIza…', authDomain: 'x.firebaseapp.com', projectId: 'x' }", 27, 66); // true
 * ```
 */
export function publicVendorToken(text: string, start: number, end: number): boolean {
  return PUBLIC_AT_RULES.some((r) => r.prefixes.some((p) => text.startsWith(p, start)) && r.publicAt?.(text, start, end) === true);
}
