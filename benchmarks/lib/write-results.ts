/**
 * Writes a report as `<timestamp>.json` and `<timestamp>.html`, and copies them to
 * `latest.json` / `latest.html`, in the results directory.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderHtmlReport } from "./html-report.ts";
import type { BenchReport } from "./report-types.ts";

/** Where a report was written. */
export interface WrittenResults {
  readonly json: string;
  readonly html: string;
  readonly latestJson: string;
  readonly latestHtml: string;
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
  const files: WrittenResults = {
    json: join(dir, `${stamp}.json`),
    html: join(dir, `${stamp}.html`),
    latestJson: join(dir, "latest.json"),
    latestHtml: join(dir, "latest.html"),
  };
  await Promise.all([
    writeFile(files.json, json),
    writeFile(files.html, html),
    writeFile(files.latestJson, json),
    writeFile(files.latestHtml, html),
  ]);
  return files;
}
