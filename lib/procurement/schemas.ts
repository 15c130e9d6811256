import { z } from "zod";
import { ORDER_TYPES, PROCUREMENT_STATUSES } from "@/db/schema/enums";
import { multiLineTextSchema, singleLineTextSchema } from "@/lib/http/text";
import { SUPPLIERS } from "@/lib/prediction/schemas";
import { shipToSchema } from "@/lib/suppliers/schemas";

export { ORDER_TYPES, type OrderType } from "@/db/schema/enums";
export { type ShipTo, shipToSchema } from "@/lib/suppliers/schemas";

const MAX_LINES = 50;
export const MAX_QUANTITY = 10_000;

// Spec §2.3: lines travel as { sku, qty }.
const orderLineSchema = z.strictObject({
  // Catalog SKUs are upper case; "sp-hc-0001" means the same actuator.
  sku: singleLineTextSchema.trim().min(1, "Choose an actuator SKU").max(64).toUpperCase(),
  qty: z
    .number({ error: "Quantity must be a whole number" })
    .int("Quantity must be a whole number")
    .min(1, "Quantity must be at least 1")
    .max(MAX_QUANTITY, `Quantity can be at most ${MAX_QUANTITY.toLocaleString("en-US")}`),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

const orderLinesSchema = z
  .array(orderLineSchema)
  .min(1, "Add at least one actuator")
  .max(MAX_LINES, `An order holds at most ${MAX_LINES} lines`)
  .superRefine((lines, ctx) => {
    const seen = new Set<string>();
    lines.forEach((line, index) => {
      const key = line.sku;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "sku"], message: `${line.sku} is already in the order` });
      seen.add(key);
    });
  });

export const createProcurementSchema = z.strictObject({
  configurationId: z.uuid("configurationId must be a configuration's id"),
  orderType: z.enum(ORDER_TYPES).default("sample"),
  items: orderLinesSchema,
  /** Add the lines to the caller's open draft for this configuration, when there is one, instead of starting another. */
  addToDraft: z.boolean().default(false),
});
export type CreateProcurementInput = z.infer<typeof createProcurementSchema>;

export const updateProcurementSchema = z
  .strictObject({
    /** The version the edit was made on: a newer one on the server is a 409, never overwritten. */
    version: z.number().int().min(1),
    orderType: z.enum(ORDER_TYPES).optional(),
    items: orderLinesSchema.optional(),
    shipTo: shipToSchema.nullable().optional(),
    /** Take this supplier's stored quote for the order (null: none chosen). */
    selectedSupplier: z.enum(SUPPLIERS).nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 1, "Nothing to change: send orderType, items, shipTo or selectedSupplier");
export type UpdateProcurementInput = z.infer<typeof updateProcurementSchema>;

export const compareRequestSchema = z.union(
  [z.strictObject({ items: orderLinesSchema }), z.strictObject({ procurementId: z.uuid("procurementId must be an order's id") })],
  { error: "Send the lines to price ({ items: [{ sku, qty }] }) or an order's id ({ procurementId })" },
);
export type CompareRequest = z.infer<typeof compareRequestSchema>;

export const listProcurementsSchema = z.strictObject({
  status: z.enum(PROCUREMENT_STATUSES, { error: `status must be one of ${PROCUREMENT_STATUSES.join(", ")}` }).optional(),
  q: singleLineTextSchema.trim().max(100).optional(),
  configurationId: z.uuid().optional(),
  cursor: singleLineTextSchema.max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListProcurementsInput = z.infer<typeof listProcurementsSchema>;

export const procurementIdParamsSchema = z.strictObject({ id: z.uuid() });

export const confirmReceiptSchema = z.strictObject({
  /** The code the delivered order shows (its QR code carries it). */
  code: singleLineTextSchema.trim().min(1, "Enter the receipt code").max(20, "A receipt code is 10 characters"),
  /** What arrived, by SKU; a SKU left out arrived in full. */
  received: z
    .array(
      z.strictObject({ sku: singleLineTextSchema.trim().min(1).max(64).toUpperCase(), qty: z.number().int().min(0).max(MAX_QUANTITY) }),
    )
    .max(MAX_LINES)
    .default([]),
  note: multiLineTextSchema.trim().max(1000, "Keep the note to 1,000 characters").optional(),
});
export type ConfirmReceiptInput = z.infer<typeof confirmReceiptSchema>;

export const approvalRequestSchema = z.strictObject({
  note: multiLineTextSchema.trim().max(1000, "Keep the note to 1,000 characters").optional(),
});
export type ApprovalRequestInput = z.infer<typeof approvalRequestSchema>;

export const approvalDecisionSchema = z
  .strictObject({
    decision: z.enum(["approve", "reject"], { error: "decision must be approve or reject" }),
    note: multiLineTextSchema.trim().max(1000, "Keep the note to 1,000 characters").optional(),
  })
  .refine((v) => v.decision === "approve" || (v.note !== undefined && v.note !== ""), {
    path: ["note"],
    message: "Say why the order is rejected",
  });
export type ApprovalDecisionInput = z.infer<typeof approvalDecisionSchema>;
