import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { SupplierCallbackEvent } from "@/lib/suppliers/schemas";
import { type CatalogEntry, type SupplierSimulator, startSupplierSimulator } from "@/scripts/supplier-simulator";

export type SupplierHarness = {
  simulator: SupplierSimulator;
  /** Callbacks the receiver verified, in arrival order. */
  received: SupplierCallbackEvent[];
  /** Why the receiver refused a callback (a SupplierCallbackError reason), in arrival order. */
  refused: string[];
  /** The receiver's URL for one supplier, as AeroSpec's callback route will be. */
  callbackUrl(supplier: "spencer" | "coster"): string;
};

/**
 * A supplier simulator for one test file, on the ports setup.ts points the adapters at,
 * sending its status callbacks to a receiver that verifies them as AeroSpec will
 * (verifySupplierCallback). Reset before each test.
 */
export function setupSupplierSimulator(catalog: CatalogEntry[], options: { lifecycleStepMs?: number } = {}): SupplierHarness {
  const harness = { received: [], refused: [] } as unknown as SupplierHarness;
  let receiver: Server;
  beforeAll(async () => {
    const { verifySupplierCallback, SupplierCallbackError } = await import("@/lib/suppliers/callbacks");
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const supplier = req.url?.endsWith("/coster") ? "coster" : "spencer";
        try {
          harness.received.push(verifySupplierCallback(supplier, Buffer.concat(chunks).toString("utf8"), req.headers));
          res.writeHead(204).end();
        } catch (error) {
          harness.refused.push(error instanceof SupplierCallbackError ? error.reason : String(error));
          res.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    harness.callbackUrl = (supplier) => `${base}/callbacks/${supplier}`;
    const spencerPort = Number(new URL(process.env.SPENCER_API_URL!).port);
    harness.simulator = await startSupplierSimulator({
      catalog,
      ports: { control: spencerPort - 1, spencer: spencerPort, coster: Number(new URL(process.env.COSTER_API_URL!).port) },
      apiKeys: { spencer: process.env.SPENCER_API_KEY, coster: process.env.COSTER_API_KEY },
      callbacks: {
        spencer: { url: harness.callbackUrl("spencer"), secret: process.env.SPENCER_CALLBACK_SECRET! },
        coster: { url: harness.callbackUrl("coster"), secret: process.env.COSTER_CALLBACK_SECRET! },
      },
      retryDelaysMs: [20, 50],
      lifecycleStepMs: options.lifecycleStepMs,
    });
  });
  beforeEach(async () => {
    await harness.simulator.reset();
    harness.received.length = 0;
    harness.refused.length = 0;
  });
  afterAll(async () => {
    await harness.simulator?.close();
    await new Promise<void>((resolve) => receiver?.close(() => resolve()));
  });
  return harness;
}
