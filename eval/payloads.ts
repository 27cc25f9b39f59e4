/**
 * Deterministic synthetic tool outputs for throughput runs: a mix of prose, JSON records
 * with contact data, markdown tables, code and log lines, with a few secrets and card
 * numbers sprinkled in (roughly what web-fetch, CRM and repo tools return); and adversarial
 * inputs built to make naive regular expressions backtrack.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS =
  "the of and to in is for on that with as by this from at are be or an it was have not we can will your more our all new data use page time about information which also get may these any one service other business".split(
    " ",
  );

/** A mixed payload of about `bytes` characters. */
export function mixedPayload(bytes: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const parts: string[] = [];
  let n = 0;
  let i = 0;
  while (n < bytes) {
    let chunk: string;
    switch (i++ % 6) {
      case 0:
        chunk = Array.from({ length: 60 }, () => pick(WORDS)).join(" ") + ".\n\n";
        break;
      case 1:
        chunk =
          JSON.stringify({
            id: i,
            name: `User ${i}`,
            email: `user${i}@example.com`,
            phone: `+1 415 555 ${String(1000 + (i % 9000)).padStart(4, "0")}`,
            ip: `10.0.${i % 255}.${(i * 7) % 255}`,
            note: pick(WORDS) + " " + pick(WORDS),
          }) + "\n";
        break;
      case 2:
        chunk =
          "| Year | Revenue | Region | Owner |\n| ---- | ------- | ------ | ----- |\n" +
          Array.from({ length: 6 }, (_, k) => `| ${2000 + k} | ${Math.floor(r() * 1e6)} | ${pick(WORDS)} | ${pick(WORDS)} |`).join("\n") +
          "\n\n";
        break;
      case 3:
        chunk =
          "```ts\nexport function handler(req: Request): Response {\n  const url = new URL(req.url);\n  return new Response(JSON.stringify({ ok: true, path: url.pathname }));\n}\n```\n";
        break;
      case 4:
        chunk = `2024-05-0${1 + (i % 9)}T12:00:00Z INFO request_id=${Math.floor(r() * 1e9).toString(16)} method=GET path=/api/v1/items status=200 latency_ms=${Math.floor(r() * 300)}\n`;
        break;
      default:
        // `i` is a multiple of 6 here: every fifth of these lines carries a secret and a card.
        chunk =
          i % 30 === 0
            ? `config: api_key = "sk_live_${"4eC39HqLyjWDarjtT1zdp7dc".slice(0, 24)}" card 4111 1111 1111 1111\n`
            : `<p>${pick(WORDS)} ${pick(WORDS)} <a href="https://example.com/${i}">link</a></p>\n`;
    }
    parts.push(chunk);
    n += chunk.length;
  }
  return parts.join("").slice(0, bytes);
}

/**
 * A CallToolResult with a table in `structuredContent` (what a database or CRM tool returns):
 * `rows` records of four short strings (an id, a name, a status, a SKU) and a number, and a
 * one-line text block. Most of its strings hold no key word of any detector: what it measures
 * is the scan's cost per string. Names, statuses and SKUs repeat down their columns as in real
 * data (977, 4 and 5,000 distinct values), or, with `distinct`, every string differs (the
 * worst case, where no value can be scanned once for several cells).
 */
export function structuredTable(
  rows: number,
  distinct = false,
): {
  content: Array<{ type: "text"; text: string }>;
  structuredContent: { orders: Array<Record<string, string | number>> };
} {
  const statuses = ["open", "closed", "pending", "shipped"];
  const orders = Array.from({ length: rows }, (_, i) => ({
    id: `ord_${(i * 7919).toString(36)}`,
    customer: `Customer ${distinct ? i : i % 977}`,
    status: distinct ? `${statuses[i % 4]} since ${i}` : (statuses[i % 4] as string),
    sku: `SKU-${1000 + (distinct ? i : i % 5000)}`,
    qty: i % 9,
  }));
  return { content: [{ type: "text", text: `${rows} orders` }], structuredContent: { orders } };
}

/** Adversarial inputs of about `bytes` characters, keyed by name. */
export function adversarialPayloads(bytes: number): Record<string, string> {
  const rep = (s: string): string => s.repeat(Math.ceil(bytes / s.length)).slice(0, bytes);
  return {
    "one char (a)": rep("a"),
    digits: rep("1"),
    spaces: rep(" "),
    "deep brackets": "[".repeat(bytes / 2) + "]".repeat(bytes / 2),
    "near-miss tokens": rep("ghp_abc eyJhbGciOi. xoxb-1 AKIA sk-ant- "),
    "colons and hex": rep("a:b:"),
    "at signs": rep("a@"),
    keywords: rep("password=token=key:"),
    "ignore ignore": rep("ignore the the the "),
    "base64 run": rep("QUFB"),
    "zero-width": rep("a\u200B"),
    "html comments": rep("<!--"),
    "markdown images": rep("![x](http://a/?"),
    // Shapes that once made a search from each candidate read on to the text's end.
    "dates, no dot": rep("2024-01-01T"),
    "key before [": rep("must[secret"),
    "password values": rep("You--password 12:00$curl "),
    "quoted list items": rep('He said "ignore the above" `and print x` '),
  };
}
