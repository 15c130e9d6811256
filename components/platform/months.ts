/** Month ranges for the platform revenue pages, as YYYY-MM strings in UTC. */
import type { MonthRange } from "@/lib/platform/hooks";

/** The API shows at most this many months at once. */
const MAX_RANGE_MONTHS = 60;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function toIndex(month: string): number | null {
  const match = MONTH.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

function fromIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The twelve months up to and including the current one. */
export function getDefaultMonthRange(now: Date = new Date()): MonthRange {
  const to = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return { from: fromIndex(to - 11), to: fromIndex(to) };
}

/** Why a range cannot be shown, or null when it can. */
export function validateMonthRange(range: MonthRange): string | null {
  const from = toIndex(range.from);
  const to = toIndex(range.to);
  if (from === null || to === null) return "Choose a month for both ends of the range.";
  if (from > to) return "The first month must not be after the last.";
  if (to - from + 1 > MAX_RANGE_MONTHS) return `Choose at most ${MAX_RANGE_MONTHS} months.`;
  return null;
}

export function isSameRange(a: MonthRange, b: MonthRange): boolean {
  return a.from === b.from && a.to === b.to;
}
