import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";
import { FLUID_CLASSES } from "@/lib/prediction/calibration";
import { SPRAY_TYPES } from "@/lib/prediction/schemas";

// Inputs of the analytics routes (app/api/analytics/*) and the Analytics page. Days are UTC
// calendar days, both ends included.

const DAY_MS = 86_400_000;

/** The longest range of days the usage series answers for (a year, leap years included). */
const MAX_USAGE_DAYS = 366;
/** The days the usage series covers when no range is asked for. */
const DEFAULT_USAGE_DAYS = 30;

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const day = singleLineTextSchema
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD")
  .refine(isCalendarDay, "Not a calendar day")
  .refine((value) => value >= "2000-01-01" && value <= "2099-12-31", "Choose a day from 2000 to 2099");

/** Today as YYYY-MM-DD (UTC). */
function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The day `days` after `from` (negative: before). */
function addDays(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
function countDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

const fromNotAfterTo = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const rangeOrder = { message: "from must not be after to", path: ["from"] };

const ACCURACY_BUCKETS = ["week", "month"] as const;

export const accuracyQuerySchema = z
  .strictObject({
    from: day.optional(),
    to: day.optional(),
    sku: singleLineTextSchema.trim().min(1).max(64).optional(),
    sprayType: z.enum(SPRAY_TYPES, { error: `sprayType is one of ${SPRAY_TYPES.join(", ")}` }).optional(),
    fluidClass: z.enum(FLUID_CLASSES, { error: `fluidClass is one of ${FLUID_CLASSES.join(", ")}` }).optional(),
    modelVersion: singleLineTextSchema.trim().min(1).max(32).optional(),
    bucket: z.enum(ACCURACY_BUCKETS, { error: "bucket is week or month" }).default("month"),
  })
  .refine(fromNotAfterTo, rangeOrder);
export type AccuracyQuery = z.infer<typeof accuracyQuerySchema>;

export const usageQuerySchema = z
  .strictObject({ from: day.optional(), to: day.optional() })
  .refine(fromNotAfterTo, rangeOrder)
  .refine((q) => !q.from || !q.to || countDays(q.from, q.to) <= MAX_USAGE_DAYS, {
    message: `Ask for at most ${MAX_USAGE_DAYS} days`,
    path: ["to"],
  });
export type UsageQuery = z.infer<typeof usageQuerySchema>;

/** The days a usage query covers: as asked, else the last 30 days to today; one end given, 30 days from or to it. */
export function resolveUsageRange(q: UsageQuery, now = new Date()): { from: string; to: string } {
  if (q.from && q.to) return { from: q.from, to: q.to };
  if (q.from) return { from: q.from, to: addDays(q.from, DEFAULT_USAGE_DAYS - 1) };
  const to = q.to ?? todayUtc(now);
  return { from: addDays(to, -(DEFAULT_USAGE_DAYS - 1)), to };
}

export const topConfigurationsQuerySchema = z
  .strictObject({
    from: day.optional(),
    to: day.optional(),
    limit: z.coerce.number().int("limit is a whole number").min(1).max(50).default(10),
  })
  .refine(fromNotAfterTo, rangeOrder);
export type TopConfigurationsQuery = z.infer<typeof topConfigurationsQuerySchema>;
