import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";
import { SUPPLIERS, type Supplier } from "@/lib/prediction/schemas";

// One shape for every supplier: the adapters map each wire format to these types, and the
// procurement module (compare, checkout, order tracking) and the sync job only see them.
// Amounts are integer minor units (cents) of the `currency` beside them.

const cents = z.number().int().nonnegative();
const currency = singleLineTextSchema.regex(/^[A-Z]{3}$/, "an ISO 4217 code");
const days = z.number().int().nonnegative();

export const AVAILABILITIES = ["in_stock", "backorder", "unavailable"] as const;

const supplierItemSchema = z.strictObject({
  sku: singleLineTextSchema.trim().min(1).max(64),
  quantity: z.number().int().positive().max(100_000),
});
export const supplierItemsSchema = z.array(supplierItemSchema).min(1).max(200);
export type SupplierItem = z.infer<typeof supplierItemSchema>;

const addressLine = (label: string, max: number) =>
  singleLineTextSchema.trim().min(1, `Enter the ${label}`).max(max, `Keep the ${label} to ${max} characters`);
const optionalLine = (label: string, max: number) =>
  singleLineTextSchema.trim().max(max, `Keep the ${label} to ${max} characters`).optional();

export const shipToSchema = z.strictObject({
  name: addressLine("recipient's name", 200),
  company: optionalLine("company", 200),
  line1: addressLine("street address", 200),
  line2: optionalLine("second address line", 200),
  city: addressLine("city", 100),
  region: optionalLine("region", 100),
  postalCode: addressLine("postal code", 20),
  country: singleLineTextSchema
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Enter the country as its two-letter code (GB, US, DE…)"),
});
export type ShipTo = z.infer<typeof shipToSchema>;

export const supplierQuoteSchema = z.object({
  supplier: z.enum(SUPPLIERS),
  quoteId: singleLineTextSchema.min(1),
  currency,
  lines: z.array(
    z.object({
      sku: singleLineTextSchema,
      quantity: z.number().int().positive(),
      /** Price per unit before quantity breaks; null when the supplier does not carry the SKU. */
      listUnitPriceCents: cents.nullable(),
      /** Price per unit after quantity breaks. */
      unitPriceCents: cents.nullable(),
      lineTotalCents: cents,
      availability: z.enum(AVAILABILITIES),
      stock: z.number().int().nonnegative().nullable(),
      leadTimeDays: days.nullable(),
    }),
  ),
  subtotalCents: cents,
  taxCents: cents,
  shippingCents: cents,
  totalCents: cents,
  leadTimeDays: days.nullable(),
  availability: z.enum(AVAILABILITIES),
  validUntil: z.date(),
});
export type SupplierQuote = z.infer<typeof supplierQuoteSchema>;

export const SUPPLIER_ORDER_STATUSES = ["received", "confirmed", "shipped", "delivered", "cancelled", "rejected"] as const;
export type SupplierOrderStatus = (typeof SUPPLIER_ORDER_STATUSES)[number];

export const supplierOrderSchema = z.object({
  supplier: z.enum(SUPPLIERS),
  orderId: singleLineTextSchema.min(1),
  status: z.enum(SUPPLIER_ORDER_STATUSES),
  currency,
  lines: z.array(z.object({ sku: singleLineTextSchema, quantity: z.number().int().positive(), unitPriceCents: cents })),
  totalCents: cents,
  carrier: singleLineTextSchema.nullable(),
  trackingNumber: singleLineTextSchema.nullable(),
  /** YYYY-MM-DD, the supplier's estimate. */
  expectedDeliveryDate: singleLineTextSchema.nullable(),
  rejectionReason: singleLineTextSchema.nullable(),
  placedAt: z.date(),
  updatedAt: z.date(),
});
export type SupplierOrder = z.infer<typeof supplierOrderSchema>;

export const supplierPricePageSchema = z.object({
  supplier: z.enum(SUPPLIERS),
  items: z.array(
    z.object({ sku: singleLineTextSchema, currency, unitPriceCents: cents, stock: z.number().int().nonnegative(), leadTimeDays: days }),
  ),
  /** Pass to the next listPrices call; null on the last page. */
  next: singleLineTextSchema.nullable(),
});
export type SupplierPricePage = z.infer<typeof supplierPricePageSchema>;

/** A verified status callback: which order changed, and the order as the supplier now has it. */
export type SupplierCallbackEvent = { supplier: Supplier; eventId: string; occurredAt: Date; order: SupplierOrder };
