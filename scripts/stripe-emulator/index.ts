import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Clock } from "./core/clock";
import type { Ctx } from "./core/context";
import { loadState, saveState } from "./core/persistence";
import { createState } from "./core/state";
import { createControls } from "./emulator-controls";
import type { StripeEmulator, StripeEmulatorOptions } from "./emulator-types";
import { recordEvent } from "./events/event-log";
import { WebhookDeliverer } from "./events/webhook-delivery";
import { createEmulatorServer } from "./http/server";

export type { StripeEmulator, StripeEmulatorOptions } from "./emulator-types";

const DEFAULT_RETRY_DELAYS_MS = [250, 1000, 3000, 10000, 30000];
const DEFAULT_WEBHOOK_SECRET = "whsec_stripe_emulator";

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** Saves shortly after any request that may have changed the state (anything but GET). */
function persistAfterWrites(server: Server, save: () => void) {
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    save();
  };
  server.on("request", (req, res) => {
    if (req.method === "GET") return;
    res.on("finish", () => {
      if (timer) return;
      timer = setTimeout(flush, 200);
      timer.unref();
    });
  });
  return { flush };
}

/**
 * Starts a local, in-memory stand-in for the Stripe API. Point the SDK at it with
 * `new Stripe(key, { host, port, protocol: "http" })` taken from `url`.
 */
export async function startStripeEmulator(opts: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const host = opts.host ?? "127.0.0.1";
  const state = createState();
  const clock = new Clock();
  const deliverer = new WebhookDeliverer({
    url: opts.webhookUrl,
    secret: opts.webhookSecret ?? DEFAULT_WEBHOOK_SECRET,
    retryDelaysMs: opts.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    timeoutMs: 10_000,
  });
  const ctx: Ctx = {
    state,
    clock,
    config: { publicUrl: "" },
    emit: (type, object, previousAttributes) => {
      const event = recordEvent(state, clock, deliverer.enabled ? 1 : 0, type, object, previousAttributes);
      deliverer.enqueue({ id: event.id, type, payload: JSON.stringify(event) });
      return event;
    },
  };
  const controls = createControls(ctx, deliverer);
  const server = createEmulatorServer(ctx, controls);
  const persist = opts.stateFile ? persistAfterWrites(server, () => saveState(opts.stateFile!, state, clock)) : null;
  if (opts.stateFile) loadState(opts.stateFile, state, clock);
  const port = await listen(server, opts.port ?? 0, host);
  ctx.config.publicUrl = (opts.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, "");
  const reachableHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return {
    ...controls,
    url: `http://${reachableHost}:${port}`,
    close: async () => {
      persist?.flush();
      deliverer.stop();
      await close(server);
    },
  };
}
