import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { startStripeEmulator } from "./index";

const dir = mkdtempSync(path.join(tmpdir(), "stripe-emulator-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sdk(url: string): Stripe {
  const { hostname, port } = new URL(url);
  return new Stripe("sk_test_persist", { host: hostname, port, protocol: "http" });
}

describe("state file", () => {
  it("keeps customers, subscriptions and the clock across a restart", async () => {
    const stateFile = path.join(dir, "state.json");
    const first = await startStripeEmulator({ stateFile });
    const stripe = sdk(first.url);
    const customer = await stripe.customers.create({ email: "keep@example.test" });
    const price = await stripe.prices.create({
      currency: "usd",
      unit_amount: 50_000,
      recurring: { interval: "month" },
      product_data: { name: "Starter" },
    });
    const sub = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }] });
    await first.advanceClock(86_400);
    const clockBefore = first.now();
    await first.close();

    const second = await startStripeEmulator({ stateFile });
    const again = sdk(second.url);
    expect((await again.customers.retrieve(customer.id)) as Stripe.Customer).toMatchObject({ email: "keep@example.test" });
    expect(await again.subscriptions.retrieve(sub.id)).toMatchObject({ status: "active", customer: customer.id });
    expect(second.now()).toBeGreaterThanOrEqual(clockBefore);
    // New objects still get fresh ids next to the restored ones.
    const other = await again.customers.create({ email: "new@example.test" });
    expect(other.id).not.toBe(customer.id);
    await second.close();
  });

  it("starts empty when there is no file yet", async () => {
    const emulator = await startStripeEmulator({ stateFile: path.join(dir, "missing", "state.json") });
    await expect(sdk(emulator.url).customers.retrieve("cus_nope")).rejects.toThrow(/No such customer/);
    await emulator.close();
  });
});
