import { ControlError } from "../emulator-controls";
import type { EmulatorControls } from "../emulator-types";
import type { Route } from "./router";

type Body = Record<string, unknown>;
export type ControlHandler = (controls: EmulatorControls, body: Body, path: Record<string, string>) => Promise<unknown>;

function numberField(body: Body, key: string, fallback?: number): number {
  const value = body[key] ?? fallback;
  if (typeof value !== "number") throw new ControlError(400, `"${key}" must be a number`);
  return value;
}

function optionalString(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new ControlError(400, `"${key}" must be a string`);
  return value;
}

function orderField(body: Body): "fifo" | "reverse" {
  const order = body.order ?? "fifo";
  if (order !== "fifo" && order !== "reverse") throw new ControlError(400, `"order" must be "fifo" or "reverse"`);
  return order;
}

const done = { ok: true };

/** The in-process controls over HTTP, JSON in and out, for Playwright and other processes. */
export const controlRoutes: Route<ControlHandler>[] = [
  {
    method: "POST",
    pattern: "/_emulator/clock/advance",
    handler: async (controls, body) => {
      await controls.advanceClock(numberField(body, "seconds"));
      return { ok: true, now: controls.now() };
    },
  },
  {
    method: "POST",
    pattern: "/_emulator/fail-next-payments",
    handler: async (controls, body) => {
      controls.failNextPayments(numberField(body, "count", 1), optionalString(body, "customer"));
      return done;
    },
  },
  {
    method: "POST",
    pattern: "/_emulator/events/:id/redeliver",
    handler: async (controls, body, path) => {
      await controls.redeliver(path.id ?? "", numberField(body, "times", 1));
      return done;
    },
  },
  {
    method: "POST",
    pattern: "/_emulator/deliveries/pause",
    handler: async (controls) => {
      controls.pauseDeliveries();
      return done;
    },
  },
  {
    method: "POST",
    pattern: "/_emulator/deliveries/resume",
    handler: async (controls, body) => {
      controls.resumeDeliveries(orderField(body));
      return done;
    },
  },
  { method: "GET", pattern: "/_emulator/deliveries", handler: async (controls) => controls.deliveries() },
  { method: "GET", pattern: "/_emulator/events", handler: async (controls) => controls.events() },
  { method: "GET", pattern: "/_emulator/now", handler: async (controls) => ({ now: controls.now() }) },
  {
    method: "POST",
    pattern: "/_emulator/reset",
    handler: async (controls) => {
      controls.reset();
      return done;
    },
  },
  {
    method: "POST",
    pattern: "/_emulator/idle",
    handler: async (controls) => {
      await controls.idle();
      return done;
    },
  },
];
