const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });
const DATE_TIME = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

type DateInput = Date | string | null | undefined;

function toDate(value: DateInput): Date | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: DateInput, fallback = "—"): string {
  const date = toDate(value);
  return date ? DATE.format(date) : fallback;
}

export function formatDateTime(value: DateInput, fallback = "—"): string {
  const date = toDate(value);
  return date ? DATE_TIME.format(date) : fallback;
}

/** Whole days from now until `value` (0 when past or missing). */
export function daysUntil(value: DateInput, now: Date = new Date()): number {
  const date = toDate(value);
  if (!date) return 0;
  return Math.max(0, Math.ceil((date.getTime() - now.getTime()) / 86_400_000));
}
