/**
 * Headless Debian Chromium for the report tests (playwright-core drives it; no browser is
 * downloaded). Under CI=true a missing Chromium is a failure; locally the tests skip with a
 * loud message.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

/** Where Debian installs Chromium (`apt-get install -y --no-install-recommends chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Whether the report tests can run; logs loudly when they cannot. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === "true") return true; // let the launch fail the test: CI must have it
  console.warn(
    `\n!!! ${CHROMIUM_PATH} not found: SKIPPING the benchmark report rendering tests.\n` +
      `!!! Install it with: apt-get install -y --no-install-recommends chromium\n`,
  );
  return false;
}

/** Launches headless Chromium with the flags known to work in this sandbox. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** What a rendered report page shows. */
export interface RenderedReport {
  /** window.__benchCharts as the report's script left it. */
  readonly state: { done: boolean; drawn: number; errors: string[] } | undefined;
  /** Per canvas: its size and how many strongly coloured (data, not axis or text) pixels it has. */
  readonly canvases: ReadonlyArray<{ label: string; width: number; height: number; colouredPixels: number }>;
  readonly pageErrors: readonly string[];
  /** Requests to anything but the report file itself (a self-contained report makes none). */
  readonly externalRequests: readonly string[];
}

/**
 * Opens a report file and measures what its charts painted.
 *
 * @example
 * ```ts
 * const r = await renderReport(browser, "/tmp/latest.html");
 * r.canvases.every((c) => c.colouredPixels > 100);
 * ```
 */
export async function renderReport(browser: Browser, file: string): Promise<RenderedReport> {
  const page: Page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const pageErrors: string[] = [];
  const externalRequests: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === `file://${file}`) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  try {
    await page.goto(`file://${file}`);
    await page
      .waitForFunction(() => (window as { __benchCharts?: { done: boolean } }).__benchCharts?.done === true, undefined, {
        timeout: 15_000,
      })
      .catch(() => undefined);
    const state = await page.evaluate(() => (window as { __benchCharts?: RenderedReport["state"] }).__benchCharts);
    const canvases = await page.evaluate(() =>
      [...document.querySelectorAll("canvas")].map((canvas) => {
        const ctx = canvas.getContext("2d");
        let coloured = 0;
        if (ctx && canvas.width > 0 && canvas.height > 0) {
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          for (let i = 0; i < data.length; i += 4) {
            const r = data[i]!;
            const g = data[i + 1]!;
            const b = data[i + 2]!;
            // Data series are saturated colours; axes, grid lines and text are grey.
            if (data[i + 3]! > 128 && Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
          }
        }
        return { label: canvas.getAttribute("aria-label") ?? "", width: canvas.width, height: canvas.height, colouredPixels: coloured };
      }),
    );
    return { state, canvases, pageErrors, externalRequests };
  } finally {
    await page.close();
  }
}
