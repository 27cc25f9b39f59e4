/**
 * eval/RESULTS.md is written by two scripts: `npm run eval` (accuracy tables) and
 * `node eval/throughput.ts --write` (speed tables). Parts written separately live between
 * `<!-- name:start -->` and `<!-- name:end -->` markers, so each script replaces its own part
 * and keeps the others (and hand-written notes in marked sections) as they are.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export const RESULTS_FILE = new URL("./RESULTS.md", import.meta.url);

const SECTION = /<!-- ([\w-]+):start -->\n[\s\S]*?\n<!-- \1:end -->/g;

function read(): string {
  return existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, "utf8") : "";
}

/**
 * The marked sections of the current file, each with the `## heading` right above it.
 *
 * @example
 * ```ts
 * writeFileSync(RESULTS_FILE, accuracyTables + keptSections());
 * ```
 */
export function keptSections(): string {
  const md = read();
  const parts: string[] = [];
  for (const m of md.matchAll(SECTION)) {
    const before = md.slice(0, m.index);
    const heading = /\n(## [^\n]*)\n+$/.exec(before)?.[1];
    parts.push(`${heading === undefined ? "" : `${heading}\n\n`}${m[0]}`);
  }
  return parts.length === 0 ? "" : `\n${parts.join("\n\n")}\n`;
}

/**
 * Replaces (or appends under `## heading`) the section `name` of eval/RESULTS.md.
 *
 * @example
 * ```ts
 * replaceSection("throughput", "| size | inline |\n| --- | ---: |");
 * ```
 */
export function replaceSection(name: string, body: string, heading = "## Throughput"): void {
  const block = `<!-- ${name}:start -->\n${body.trimEnd()}\n<!-- ${name}:end -->`;
  const md = read();
  const existing = new RegExp(`<!-- ${name}:start -->\\n[\\s\\S]*?\\n<!-- ${name}:end -->`);
  writeFileSync(RESULTS_FILE, existing.test(md) ? md.replace(existing, () => block) : `${md.trimEnd()}\n\n${heading}\n\n${block}\n`);
}
