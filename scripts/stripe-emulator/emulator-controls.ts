import { advanceClock } from "./billing/renewals";
import type { Ctx } from "./core/context";
import { clearState } from "./core/state";
import type { EmulatorControls } from "./emulator-types";
import { asStripeEvents } from "./events/event-log";
import type { WebhookDeliverer } from "./events/webhook-delivery";

/** A control misused (unknown event, bad number); `status` is what the HTTP route answers. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function wholeNumber(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new ControlError(400, `${name} must be a whole number ≥ 0`);
  return value;
}

export function createControls(ctx: Ctx, deliverer: WebhookDeliverer): EmulatorControls {
  return {
    idle: () => deliverer.idle(),
    advanceClock: async (seconds) => advanceClock(ctx, wholeNumber(seconds, "seconds")),
    failNextPayments: (count = 1, customer) => {
      if (customer === undefined) ctx.state.declinesRemaining = wholeNumber(count, "count");
      else ctx.state.customerDeclines.set(customer, wholeNumber(count, "count"));
    },
    redeliver: async (eventId, times) => {
      const event = ctx.state.events.get(eventId);
      if (!event) throw new ControlError(404, `No such event: '${eventId}'`);
      await deliverer.redeliver({ id: event.id, type: event.type, payload: JSON.stringify(event) }, wholeNumber(times, "times"));
    },
    pauseDeliveries: () => deliverer.pause(),
    resumeDeliveries: (order = "fifo") => deliverer.resume(order),
    deliveries: () => deliverer.deliveries(),
    events: () => asStripeEvents([...ctx.state.events.values()]),
    now: () => ctx.clock.now(),
    reset: () => {
      clearState(ctx.state);
      ctx.clock.reset();
      deliverer.reset();
    },
  };
}
