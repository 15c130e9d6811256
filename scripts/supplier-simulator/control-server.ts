import { createServer, type Server } from "node:http";
import { z } from "zod";
import { readBody, sendJson } from "./http-io";
import { ControlError, type SimulatorControls, SUPPLIER_NAMES, type SupplierName } from "./types";

const count = z.number().int().positive().optional();
const faultSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("slow"), delayMs: z.number().int().nonnegative(), count }),
  z.object({ kind: z.literal("hung"), count }),
  z.object({ kind: z.literal("server_error"), count }),
  z.object({ kind: z.literal("rate_limited"), retryAfterSeconds: z.number().int().nonnegative().default(1), count }),
  z.object({ kind: z.literal("malformed"), count }),
  z.object({ kind: z.literal("wrong_schema"), count }),
  z.object({ kind: z.literal("refused") }),
]);
const advanceSchema = z.object({ to: z.enum(["confirmed", "shipped", "delivered", "rejected"]), reason: z.string().max(500).optional() });
const offerSchema = z.object({
  listPriceCents: z.number().int().positive(),
  stock: z.number().int().nonnegative(),
  leadDays: z.number().int().nonnegative(),
});

type Handler = (controls: SimulatorControls, supplier: SupplierName, body: unknown, rest: string[]) => Promise<unknown> | unknown;

const done = { ok: true };

// /_simulator/<supplier>/<what>[/<id>[/<action>]]
const ROUTES: Record<string, Handler> = {
  "PUT fault": async (c, s, body) => {
    await c.setFault(s, faultSchema.parse(body));
    return done;
  },
  "DELETE fault": async (c, s) => {
    await c.clearFault(s);
    return done;
  },
  "GET requests": (c, s) => c.requests(s),
  "GET orders": (c, s) => c.orders(s),
  "POST orders/:id/advance": (c, s, body, [id]) => {
    const { to, reason } = advanceSchema.parse(body);
    return c.advanceOrder(s, id!, to, reason);
  },
  "GET offers": (c, s) => c.offers(s),
  "GET offers/:id": (c, s, _body, [sku]) => c.offer(s, sku!) ?? Promise.reject(new ControlError(404, `${s} does not carry ${sku}`)),
  "PUT offers/:id": (c, s, body, [sku]) => {
    c.setOffer(s, { sku: sku!, ...offerSchema.parse(body) });
    return done;
  },
};

async function route(controls: SimulatorControls, method: string, parts: string[], body: unknown): Promise<unknown> {
  const [first, what, id, action] = parts;
  if (method === "POST" && first === "reset" && parts.length === 1) return controls.reset().then(() => done);
  if (method === "POST" && first === "idle" && parts.length === 1) return controls.idle().then(() => done);
  if (method === "GET" && first === "callbacks" && parts.length === 1) return controls.callbacks();
  if (!SUPPLIER_NAMES.includes(first as SupplierName) || !what) throw new ControlError(404, "No such control");
  const key = `${method} ${[what, id === undefined ? null : ":id", action].filter(Boolean).join("/")}`;
  const handler = ROUTES[key];
  if (!handler) throw new ControlError(404, `No control ${method} /_simulator/${parts.join("/")}`);
  return handler(controls, first as SupplierName, body, id === undefined ? [] : [id]);
}

/** The test controls over HTTP (JSON in and out), for Playwright and other processes. */
export function createControlServer(controls: SimulatorControls): Server {
  return createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? "/", "http://simulator.local");
        const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
        if (parts.shift() !== "_simulator") throw new ControlError(404, "Controls live under /_simulator");
        const raw = await readBody(req);
        sendJson(res, 200, await route(controls, req.method ?? "GET", parts, raw.trim() ? JSON.parse(raw) : {}));
      } catch (error) {
        const status =
          error instanceof ControlError ? error.status : error instanceof SyntaxError || error instanceof z.ZodError ? 400 : 500;
        sendJson(res, status, { error: { message: error instanceof Error ? error.message : String(error) } });
      }
    })();
  });
}
