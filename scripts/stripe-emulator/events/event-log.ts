import type Stripe from "stripe";
import type { Clock } from "../core/clock";
import { newId } from "../core/ids";
import type { EventObject, EventRecord, EventType } from "../core/records";
import type { State } from "../core/state";

export const API_VERSION = "2026-10-28.endive";

/** Creates and stores an event whose `data.object` is a snapshot of `object` as it is now. */
export function recordEvent(
  state: State,
  clock: Clock,
  pendingWebhooks: number,
  type: EventType,
  object: EventObject,
  previousAttributes?: Record<string, unknown>,
): EventRecord {
  const event: EventRecord = {
    id: newId("evt"),
    object: "event",
    api_version: API_VERSION,
    created: clock.now(),
    livemode: false,
    pending_webhooks: pendingWebhooks,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object: structuredClone(object),
      ...(previousAttributes ? { previous_attributes: structuredClone(previousAttributes) } : {}),
    },
  };
  state.events.set(event.id, event);
  return event;
}

/**
 * The stored events as the SDK's `Stripe.Event` union. Each snapshot carries the fields the
 * emulator models (see core/records.ts) rather than every field of the full API object.
 */
export function asStripeEvents(events: EventRecord[]): Stripe.Event[] {
  return structuredClone(events) as unknown as Stripe.Event[];
}
