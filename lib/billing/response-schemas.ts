import { z } from "zod";
import { INVOICE_STATUSES, PLANS, SUBSCRIPTION_STATUSES } from "@/db/schema/enums";
import { keysetPageSchema } from "@/lib/http/page-schema";

// What the billing endpoints answer, as the OpenAPI document shows it; the queries and
// services are typed by these, so the two cannot drift apart.

const cents = z.int().meta({ description: "Integer minor units of `currency`" });

export const subscriptionOverviewSchema = z.object({
  plan: z.enum(PLANS),
  planName: z.string(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  readOnly: z.boolean().meta({ description: "Writes are refused (402) until billing is sorted out" }),
  readOnlyReason: z.enum(["trial_ended", "past_due", "canceled"]).nullable(),
  trialEndsAt: z.iso.datetime().nullable(),
  trialDaysLeft: z.int().nullable(),
  subscription: z
    .object({
      status: z.enum(SUBSCRIPTION_STATUSES),
      currentPeriodStart: z.iso.datetime(),
      currentPeriodEnd: z.iso.datetime(),
      cancelAtPeriodEnd: z.boolean(),
      canceledAt: z.iso.datetime().nullable(),
      amountCents: cents,
      currency: z.string(),
    })
    .nullable()
    .meta({ description: "Null before the first paid subscription" }),
  usage: z.array(
    z.object({
      limit: z.enum(["api_calls_per_month", "configurations_per_month", "export_requests_per_day", "max_users"]),
      label: z.string(),
      used: z.int(),
      allowed: z.int().meta({ description: "-1: unlimited" }),
      periodStart: z.iso.datetime().nullable().meta({ description: "Where the counted period starts; null for seats" }),
    }),
  ),
});

const invoiceSummarySchema = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  status: z.enum(INVOICE_STATUSES),
  billingReason: z.string().nullable(),
  invoiceDate: z.iso.datetime(),
  dueDate: z.iso.datetime(),
  periodStart: z.iso.datetime().nullable(),
  periodEnd: z.iso.datetime().nullable(),
  subtotalCents: cents,
  taxCents: cents,
  totalCents: cents,
  amountPaidCents: cents,
  amountDueCents: cents,
  currency: z.string(),
  paidAt: z.iso.datetime().nullable(),
  payUrl: z.string().nullable().meta({ description: "Stripe's page to pay an open invoice; null once paid" }),
});

export const invoicePageSchema = keysetPageSchema(invoiceSummarySchema);

export const creditBalanceSchema = z.object({
  creditCents: cents.meta({ description: "In the organization's favour, taken off the next invoices" }),
  debitCents: cents.meta({ description: "Owed, added to the next invoice" }),
  currency: z.string(),
});

export const redirectUrlSchema = z.object({ url: z.url().meta({ description: "Where to send the browser" }) });

export const checkoutSessionSchema = redirectUrlSchema.extend({ sessionId: z.string() });
