import { z } from "zod";
import { ORDER_TYPES, PROCUREMENT_PAYMENT_STATUSES, PROCUREMENT_STATUSES } from "@/db/schema/enums";
import { SUPPLIERS } from "@/lib/prediction/schemas";
import { AVAILABILITIES, supplierQuoteSchema } from "@/lib/suppliers/schemas";

// What the procurement endpoints answer, as the OpenAPI document shows it; the presenters in
// present.ts and compare.ts are typed by these, so the two cannot drift apart.

const cents = z.int().meta({ description: "Integer minor units of `currency`" });

const totalsSchema = {
  subtotalCents: cents,
  discountBps: z.int().meta({ description: "The plan's procurement discount in basis points" }),
  discountCents: cents,
  taxCents: cents,
  shippingCents: cents,
  totalCents: cents,
};

const supplierOfferSchema = z.discriminatedUnion("status", [
  z.object({
    supplier: z.enum(SUPPLIERS),
    name: z.string(),
    status: z.literal("quoted"),
    quoteId: z.string(),
    currency: z.string(),
    ...totalsSchema,
    total: z.string().meta({ description: "The total in the currency's units (spec §2.3)" }),
    delivery: z.string().nullable().meta({ description: 'The lead time in words, e.g. "5 days"' }),
    leadTimeDays: z.int().nullable(),
    expectedDeliveryDate: z.iso.date().nullable(),
    availability: z.enum(AVAILABILITIES),
    lines: supplierQuoteSchema.shape.lines,
    validUntil: z.iso.datetime(),
    marks: z.object({ cheapest: z.boolean(), fastest: z.boolean(), allInStock: z.boolean() }),
  }),
  z.object({
    supplier: z.enum(SUPPLIERS),
    name: z.string(),
    status: z.literal("error"),
    error: z.object({ kind: z.enum(["timeout", "unavailable", "rate_limited", "bad_response", "rejected"]), message: z.string() }),
  }),
]);

export const compareResponseSchema = z.object({
  procurementId: z.uuid().nullable().meta({ description: "The order the quotes were stored on; null for a cart-less compare" }),
  version: z.int().nullable(),
  discountPct: z.number(),
  quotedAt: z.date(),
  expiresAt: z.date().nullable().meta({ description: "When the first quote lapses; null when no supplier quoted" }),
  suppliers: z.array(supplierOfferSchema),
});

const procurementFieldsSchema = z.object({
  id: z.uuid(),
  configurationId: z.uuid(),
  createdByUserId: z.uuid().nullable(),
  status: z.enum(PROCUREMENT_STATUSES),
  orderType: z.enum(ORDER_TYPES),
  currency: z.string(),
  subtotalCents: cents,
  discountPct: z.number(),
  discountCents: cents,
  taxCents: cents,
  shippingCents: cents,
  totalCents: cents,
  selectedSupplier: z.enum(SUPPLIERS).nullable(),
  supplierOrderId: z.string().nullable(),
  expectedDeliveryDate: z.iso.date().nullable(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  paymentStatus: z.enum(PROCUREMENT_PAYMENT_STATUSES),
  paidAt: z.date().nullable(),
  receivedAt: z.date().nullable(),
  failureReason: z.string().nullable(),
  cancelledAt: z.date().nullable(),
  version: z.int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const lineSchema = z.object({
  sku: z.string(),
  qty: z.int(),
  supplier: z.enum(SUPPLIERS),
  unitPriceCents: cents,
  lineTotalCents: cents,
});

export const procurementSummarySchema = procurementFieldsSchema.extend({
  configurationName: z.string(),
  createdByName: z.string().nullable(),
  lines: z.array(z.object({ sku: z.string(), qty: z.int() })),
});

export const procurementPageSchema = z.object({
  items: z.array(procurementSummarySchema),
  nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last" }),
});

export const procurementSchema = procurementFieldsSchema.extend({
  captureAt: z.enum(["receipt", "shipment"]).nullable().meta({ description: "When the held amount is taken" }),
  autoConfirmDays: z.int(),
  receipt: z
    .object({ code: z.string(), url: z.string(), qrSvg: z.string(), expiresAt: z.date() })
    .nullable()
    .meta({ description: "The delivered order's receipt code, for members who may confirm it" }),
  deliveredAt: z.date().nullable(),
  receivedQuantity: z.record(z.string(), z.int()).nullable(),
  receiptNote: z.string().nullable(),
  amountCapturedCents: cents,
  configurationName: z.string().nullable(),
  createdByName: z.string().nullable(),
  lines: z.array(lineSchema),
  shipTo: z.record(z.string(), z.string().optional()).nullable(),
  quotes: z.object({
    suppliers: z.array(supplierOfferSchema),
    quotedAt: z.date().nullable(),
    expiresAt: z.date().nullable(),
    expired: z.boolean(),
  }),
  decision: z.object({ decidedByUserId: z.uuid().nullable(), decidedAt: z.date(), note: z.string().nullable() }).nullable(),
  timeline: z.array(
    z.object({
      id: z.uuid(),
      fromStatus: z.enum(PROCUREMENT_STATUSES).nullable(),
      toStatus: z.enum(PROCUREMENT_STATUSES),
      source: z.string(),
      note: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
      createdAt: z.date(),
      actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    }),
  ),
  needsApproval: z.boolean(),
  access: z.object({
    edit: z.boolean(),
    checkout: z.boolean(),
    cancel: z.boolean(),
    decide: z.boolean(),
    confirmReceipt: z.boolean(),
    reorder: z.boolean(),
  }),
});

export const checkoutSchema = z.object({
  url: z.url().meta({ description: "Stripe Checkout, which holds the order's total" }),
  captureAt: z.enum(["receipt", "shipment"]).meta({ description: "When the held amount is charged" }),
});

export const paymentStatusSchema = z.object({
  id: z.uuid(),
  status: z.enum(PROCUREMENT_STATUSES),
  paymentStatus: z.enum(PROCUREMENT_PAYMENT_STATUSES),
  captureAt: z.string().nullable(),
  currency: z.string(),
  totalCents: cents,
  amountCapturedCents: cents,
  paidAt: z.date().nullable(),
  updatedAt: z.date(),
});

export const receiptSchema = z.object({
  id: z.uuid(),
  status: z.enum(PROCUREMENT_STATUSES),
  chargedCents: cents.meta({ description: "What is charged for the units that arrived" }),
  currency: z.string(),
});
