import { expect, request } from "@playwright/test";
import { SUPPLIER_CONTROLS_URL } from "../playwright.config";

// Helpers that drive the supplier simulator the e2e server runs (scripts/supplier-simulator).

/** Moves a supplier's order on (each step sends its signed callback to AeroSpec). */
export async function advanceSupplierOrder(supplier: string, orderId: string, to: "confirmed" | "shipped" | "delivered" | "rejected") {
  const client = await request.newContext();
  const res = await client.post(`${SUPPLIER_CONTROLS_URL}/${supplier}/orders/${encodeURIComponent(orderId)}/advance`, { data: { to } });
  expect(res.status(), await res.text()).toBe(200);
  await client.dispose();
}
