import type Stripe from "stripe";
import type { Delivery } from "./events/webhook-delivery";

export type StripeEmulatorOptions = {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** A JSON file to keep the state in across restarts (local runs); none = memory only. */
  stateFile?: string;
  /** Base URL browsers use for the hosted pages. Default http://localhost:<port>. */
  publicUrl?: string;
  /** Where events are POSTed. Without it events are only stored. */
  webhookUrl?: string;
  /** The `whsec_…` secret deliveries are signed with. Default "whsec_stripe_emulator". */
  webhookSecret?: string;
  /** Delays between delivery attempts. Default [250, 1000, 3000, 10000, 30000]. */
  retryDelaysMs?: number[];
};

/** Test controls, available in process and over HTTP under /_emulator. */
export type EmulatorControls = {
  /** Resolves once no webhook delivery is in flight or waiting to retry. */
  idle(): Promise<void>;
  /** Moves the emulator clock and runs renewals, trial ends and period-end cancellations. */
  advanceClock(seconds: number): Promise<void>;
  /**
   * The next `count` payment attempts (default 1) are declined with `card_declined` — any
   * customer's, or only `customer`'s when given (useful when tests run side by side).
   */
  failNextPayments(count?: number, customer?: string): void;
  /** Delivers the same event again `times` times, concurrently; resolves when they settle. */
  redeliver(eventId: string, times: number): Promise<void>;
  /** Queues new events instead of sending them. */
  pauseDeliveries(): void;
  /** Sends the queued events, oldest first ("fifo") or newest first ("reverse"). */
  resumeDeliveries(order?: "fifo" | "reverse"): void;
  /** Every delivery attempt so far. */
  deliveries(): Delivery[];
  /** Every event created, oldest first. */
  events(): Stripe.Event[];
  /** The emulator clock, unix seconds. */
  now(): number;
  /** Forgets all objects, events, deliveries and clock movement; keeps the configuration. */
  reset(): void;
};

export type StripeEmulator = EmulatorControls & {
  /** http://host:port — point the SDK here. */
  url: string;
  close(): Promise<void>;
};
