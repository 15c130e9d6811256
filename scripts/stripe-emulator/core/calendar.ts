/**
 * `from` plus `count` intervals. Months and years are calendar-based and clamp to the end of a
 * shorter month (Jan 31 + 1 month = Feb 28/29), keeping the time of day.
 */
export function addInterval(from: number, interval: string, count: number): number {
  if (interval === "day") return from + count * 86_400;
  if (interval === "week") return from + count * 7 * 86_400;
  const months = interval === "year" ? 12 * count : count;
  const start = new Date(from * 1000);
  const monthIndex = start.getUTCMonth() + months;
  const year = start.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(start.getUTCDate(), lastDay);
  const ms = Date.UTC(year, month, day, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds());
  return Math.floor(ms / 1000);
}

/** The first billing boundary after `after`, counting whole intervals from the billing anchor. */
export function nextBoundary(anchor: number, interval: string, intervalCount: number, after: number): number {
  for (let k = 0; k < 100_000; k++) {
    const boundary = addInterval(anchor, interval, intervalCount * k);
    if (boundary > after) return boundary;
  }
  throw new Error("billing boundary out of range");
}
