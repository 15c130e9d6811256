import { z } from "zod";
import { mrrMovementKindEnum } from "@/db/schema/billing";
import { PLANS, PROCUREMENT_STATUSES, SUBSCRIPTION_STATUSES } from "@/db/schema/enums";
import { invoicePageSchema, subscriptionOverviewSchema } from "@/lib/billing/response-schemas";
import { keysetPageSchema } from "@/lib/http/page-schema";

// What AeroSpec staff's endpoints (/api/admin/*) answer: outside the public OpenAPI document,
// and the functions behind them are typed by these all the same.

const cents = z.int();

export const staffCommissionPageSchema = keysetPageSchema(
  z.object({
    id: z.uuid(),
    tenantId: z.uuid(),
    tenantName: z.string(),
    procurementId: z.uuid(),
    supplier: z.string(),
    orderTotalCents: cents,
    commissionRate: z.string().meta({ description: "Percent, as a decimal string" }),
    commissionCents: cents,
    currency: z.string(),
    invoiceId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  }),
);

export const monthlyRevenueSchema = z.object({
  months: z.array(
    z.object({
      month: z.string().meta({ description: "YYYY-MM" }),
      mrrCents: cents,
      arrCents: cents,
      newCents: cents,
      expansionCents: cents,
      contractionCents: cents,
      churnedCents: cents,
      collectedCents: cents,
      commissionsCents: cents,
      commissionsBySupplier: z.record(z.string(), cents),
    }),
  ),
});

const staffTenantFields = {
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  plan: z.enum(PLANS),
  status: z.enum(SUBSCRIPTION_STATUSES),
  trialEndsAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
};

export const staffTenantPageSchema = keysetPageSchema(z.object({ ...staffTenantFields, members: z.int(), mrrCents: cents }));

export const staffTenantDetailSchema = z.object({
  ...staffTenantFields,
  billingEmail: z.string().nullable(),
  hasStripeCustomer: z.boolean(),
  members: z.int(),
  planChanges: z.array(
    z.object({
      kind: z.enum(mrrMovementKindEnum.enumValues),
      plan: z.enum(PLANS),
      status: z.enum(SUBSCRIPTION_STATUSES),
      mrrCents: cents,
      previousMrrCents: cents,
      currency: z.string(),
      occurredAt: z.iso.datetime(),
    }),
  ),
  invoices: invoicePageSchema.shape.items,
  moreInvoices: z.boolean(),
  usage: subscriptionOverviewSchema.shape.usage,
  configurationsTotal: z.int(),
  procurements: z.object({ total: z.int(), byStatus: z.partialRecord(z.enum(PROCUREMENT_STATUSES), z.int()) }),
});
