import { expect, it } from "vitest";
import { setupSupplierSimulator } from "@/scripts/vitest/suppliers";
import { getSupplierClient } from "./client";

const harness = setupSupplierSimulator([{ sku: "TIMED-1", supplier: "coster" }], { lifecycleStepMs: 60 });

it("left alone, an order is confirmed, shipped and delivered on the simulator's clock, and the client from env reads it", async () => {
  const client = getSupplierClient("coster");
  const placed = await client.placeOrder({
    items: [{ sku: "TIMED-1", quantity: 1 }],
    shipTo: { name: "Lab", line1: "1 Road", city: "Lyon", postalCode: "69001", country: "FR" },
    idempotencyKey: "timed",
  });
  await expect.poll(async () => (await client.getOrder(placed.orderId)).status, { timeout: 3000, interval: 50 }).toBe("delivered");
  await harness.simulator.idle();
  expect(harness.received.map((event) => event.order.status)).toEqual(["confirmed", "shipped", "delivered"]);
});
