const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
]);

/** 50000 usd → "$500.00". Amounts are in the currency's smallest unit, as in the API. */
export function formatAmount(amount: number, currency: string): string {
  const code = currency.toLowerCase();
  const major = ZERO_DECIMAL.has(code) ? amount : amount / 100;
  return new Intl.NumberFormat("en-US", { style: "currency", currency: code.toUpperCase() }).format(major);
}

/** "month" → "/ month"; interval_count 3 → "every 3 months". */
export function formatInterval(interval: string, count: number): string {
  return count === 1 ? `/ ${interval}` : `every ${count} ${interval}s`;
}
