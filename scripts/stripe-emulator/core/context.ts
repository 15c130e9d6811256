import type { Clock } from "./clock";
import type { EventObject, EventRecord, EventType } from "./records";
import type { State } from "./state";

type EmulatorConfig = {
  /** Base URL of the hosted pages as a browser reaches them. */
  publicUrl: string;
};

/** What every operation works with: the stored objects, the clock, and the event sink. */
export type Ctx = {
  state: State;
  clock: Clock;
  config: EmulatorConfig;
  /** Records an event with a snapshot of `object` and queues it for delivery. */
  emit(type: EventType, object: EventObject, previousAttributes?: Record<string, unknown>): EventRecord;
};
