/**
 * UTC calendar periods for token budgets. The Redis script carries the same arithmetic in
 * Lua (see redis-limits-script.ts); tests run both against the same cases.
 */
import type { BudgetPeriod } from "./limit-schema.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The index of the period containing `nowMs` and the instant it ends.
 *
 * @example
 * ```ts
 * budgetWindow("month", Date.UTC(2026, 1, 10)); // { index: 2026 * 12 + 1, endMs: Date.UTC(2026, 2, 1) }
 * ```
 */
export function budgetWindow(period: BudgetPeriod, nowMs: number): { index: number; endMs: number } {
  if (period === "hour") {
    const index = Math.floor(nowMs / HOUR_MS);
    return { index, endMs: (index + 1) * HOUR_MS };
  }
  const days = Math.floor(nowMs / DAY_MS);
  if (period === "day") return { index: days, endMs: (days + 1) * DAY_MS };
  const { year, month } = civilFromDays(days);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return { index: year * 12 + (month - 1), endMs: daysFromCivil(next.year, next.month, 1) * DAY_MS };
}

// Howard Hinnant's algorithms (public domain): days since 1970-01-01 ⇄ proleptic Gregorian.
function civilFromDays(days: number): { year: number; month: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month };
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
