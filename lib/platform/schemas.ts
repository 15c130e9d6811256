import { z } from "zod";
import { PLANS, SUBSCRIPTION_STATUSES } from "@/db/schema/enums";
import { singleLineTextSchema } from "@/lib/http/text";

// Inputs of the staff routes (app/api/admin/*) and pages (app/(app)/staff/*).

const month = singleLineTextSchema.regex(/^20\d{2}-(0[1-9]|1[0-2])$/, "Use YYYY-MM (a month from 2000 to 2099)");

// Without `to` the range ends this month, so a later `from` would leave no months at all.
export const revenueQuerySchema = z
  .strictObject({ from: month.optional(), to: month.optional() })
  .refine((q) => !q.from || q.from <= (q.to ?? new Date().toISOString().slice(0, 7)), {
    message: "from must not be after to",
    path: ["from"],
  });
export type RevenueQuery = z.infer<typeof revenueQuerySchema>;

export const listCommissionsSchema = z.strictObject({
  supplier: singleLineTextSchema.trim().min(1).max(100).optional(),
  cursor: singleLineTextSchema.max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListCommissionsInput = z.infer<typeof listCommissionsSchema>;

/** Organizations per page on the staff list (server-rendered first page and the hooks). */
export const STAFF_TENANTS_PAGE_SIZE = 25;

/** How staff order the organizations list: newest first unless asked otherwise. */
export const STAFF_TENANT_SORTS = ["newest", "oldest", "name", "members", "mrr"] as const;
export type StaffTenantSort = (typeof STAFF_TENANT_SORTS)[number];

export const listTenantsSchema = z.strictObject({
  q: singleLineTextSchema.trim().min(1).max(100).optional(),
  plan: z.enum(PLANS, { error: `Choose one of ${PLANS.join(", ")}` }).optional(),
  status: z.enum(SUBSCRIPTION_STATUSES, { error: `Choose one of ${SUBSCRIPTION_STATUSES.join(", ")}` }).optional(),
  sort: z.enum(STAFF_TENANT_SORTS, { error: `Sort by one of ${STAFF_TENANT_SORTS.join(", ")}` }).default("newest"),
  cursor: singleLineTextSchema.max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
/** The sort may be left out by server callers (newest first). */
export type ListTenantsInput = Omit<z.infer<typeof listTenantsSchema>, "sort"> & { sort?: StaffTenantSort };

export const tenantParamsSchema = z.object({ id: z.uuid() });

export const enterprisePlanSchema = z.strictObject({
  plan: z.literal("enterprise", { error: "Only Enterprise is set by AeroSpec staff; other plans are bought in Settings → Billing" }),
  monthlyAmountCents: z.number().int("Whole cents").min(0).max(100_000_000_00, "At most $100,000,000 a month"),
});
