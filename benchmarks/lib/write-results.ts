/**
 * Writes a report as `<timestamp>.json`, `.html` and `.md` (a summary for BENCHMARKS.md),
 * and copies them to `latest.json` / `latest.html` / `latest.md`, in the results directory.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderHtmlReport } from "./html-report.ts";
import { markdownSummary } from "./markdown-summary.ts";
import type { BenchReport } from "./report-types.ts";

/** Where a report was written. */
export interface WrittenResults {
  readonly json: string;
  readonly html: string;
  readonly latestJson: string;
  readonly latestHtml: string;
  readonly markdown: string;
  readonly latestMarkdown: string;
}

/**
 * Writes the JSON and HTML files of a report.
 *
 * @example
 * ```ts
 * const files = await writeResults(report, "benchmarks/results");
 * console.log(files.latestHtml);
 * ```
 */
export async function writeResults(report: BenchReport, dir: string): Promise<WrittenResults> {
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const html = await renderHtmlReport(report);
  const markdown = markdownSummary(report);
  const files: WrittenResults = {
    json: join(dir, `${stamp}.json`),
    html: join(dir, `${stamp}.html`),
    latestJson: join(dir, "latest.json"),
    latestHtml: join(dir, "latest.html"),
    markdown: join(dir, `${stamp}.md`),
    latestMarkdown: join(dir, "latest.md"),
  };
  await Promise.all([
    writeFile(files.json, json),
    writeFile(files.html, html),
    writeFile(files.latestJson, json),
    writeFile(files.latestHtml, html),
    writeFile(files.markdown, markdown),
    writeFile(files.latestMarkdown, markdown),
  ]);
  return files;
}
