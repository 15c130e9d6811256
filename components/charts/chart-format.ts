import { formatMoney } from "@/lib/billing/money";

const MONTH_SHORT = new Intl.DateTimeFormat("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });
const MONTH_LONG = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const COMPACT_USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });

function monthDate(month: string): Date | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
}

/** "2026-03" → "Mar 26", for axis ticks. */
export function formatMonthShort(month: string): string {
  const date = monthDate(month);
  return date ? MONTH_SHORT.format(date) : month;
}

/** "2026-03" → "March 2026". */
export function formatMonthLong(month: string): string {
  const date = monthDate(month);
  return date ? MONTH_LONG.format(date) : month;
}

/** Cents as a short axis label: "$12K". Axis labels only; amounts people read use formatMoney. */
export function formatCompactCents(cents: number): string {
  return COMPACT_USD.format(cents / 100);
}

/** Cents from a chart's tooltip, where Recharts hands over an untyped value. */
export function formatTooltipCents(value: unknown, currency = "usd"): string {
  const cents = Number(value);
  return Number.isFinite(cents) ? formatMoney(cents, currency) : "—";
}

/** Ticks for a log axis: 1, 2 and 5 of every decade inside [min, max] (every digit when that gives fewer than three), so labels never crowd. */
export function listLogTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max > min)) return [];
  const within = (steps: number[]) => {
    const ticks: number[] = [];
    for (let decade = Math.floor(Math.log10(min)); decade <= Math.ceil(Math.log10(max)); decade++) {
      for (const step of steps) {
        const tick = Number((step * 10 ** decade).toPrecision(12));
        if (tick >= min && tick <= max) ticks.push(tick);
      }
    }
    return ticks;
  };
  const sparse = within([1, 2, 5]);
  return sparse.length >= 3 ? sparse : within([1, 2, 3, 4, 5, 6, 7, 8, 9]);
}

const DAY_SHORT = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const DAY_LONG = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function dayDate(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** "2026-03-07" → "Mar 7", for axis ticks. */
export function formatDayShort(day: string): string {
  const date = dayDate(day);
  return date ? DAY_SHORT.format(date) : day;
}

/** "2026-03-07" → "Mar 7, 2026". */
export function formatDayLong(day: string): string {
  const date = dayDate(day);
  return date ? DAY_LONG.format(date) : day;
}
