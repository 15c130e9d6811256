/** Numbers as engineers read them: a few significant digits, grouped thousands. */
export function formatNumber(value: number | null | undefined, digits = 3, fallback = "—"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
  if (Math.abs(value) >= 10 ** digits) return Math.round(value).toLocaleString("en-US");
  return Number(value.toPrecision(digits)).toLocaleString("en-US", { maximumFractionDigits: 6 });
}

export function formatInterval(interval: { p10: number; p90: number }, digits = 3): string {
  return `${formatNumber(interval.p10, digits)}–${formatNumber(interval.p90, digits)}`;
}

const USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** Prices arrive as decimal strings; they are only displayed, never computed with. */
export function formatUsd(value: string | null | undefined, fallback = "—"): string {
  if (value === null || value === undefined || value === "") return fallback;
  const amount = Number(value);
  return Number.isFinite(amount) ? USD.format(amount) : value;
}

/** A share 0–1 as a whole percentage; below 1 % with one decimal so small fines still show. */
export function formatShare(value: number | null | undefined, fallback = "—"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return fallback;
  const percent = value * 100;
  return `${percent < 1 && percent > 0 ? percent.toFixed(1) : Math.round(percent)} %`;
}
