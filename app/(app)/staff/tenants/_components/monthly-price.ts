import { enterprisePlanSchema } from "@/lib/platform/schemas";

// Dollars as typed: "4500", "4,500.5", "$4,500.50". Commas only as thousands separators.
const DOLLARS = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

// More whole-dollar digits than this is far above any allowed price, and beyond exact arithmetic.
const MAX_WHOLE_DIGITS = 12;

export type MonthlyPriceResult = { ok: true; cents: number } | { ok: false; message: string };

/**
 * A monthly price in dollars (up to 2 decimals) as integer cents, read digit by digit so that
 * "19.99" is 1999 and never 1998.9999.
 */
export function parseMonthlyPrice(input: string): MonthlyPriceResult {
  const value = input.trim();
  if (value === "") return { ok: false, message: "Enter the monthly price in US dollars." };
  const match = DOLLARS.exec(value);
  if (!match) return { ok: false, message: "Enter an amount in dollars with at most 2 decimals, e.g. 4500 or 4,500.50." };
  const [, grouped = "", fraction = ""] = match;
  const whole = grouped.replaceAll(",", "").replace(/^0+(?=\d)/, "");
  const cents = whole.length > MAX_WHOLE_DIGITS ? Number.MAX_SAFE_INTEGER : Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  // The API's own bounds, so the message here is the one it would give.
  const checked = enterprisePlanSchema.shape.monthlyAmountCents.safeParse(cents);
  if (!checked.success) return { ok: false, message: checked.error.issues[0]?.message ?? "Enter a smaller amount." };
  return { ok: true, cents: checked.data };
}
