import { signPayload } from "./webhook-signer";

/** One delivery attempt. `status` is the HTTP status, or 0 when the request failed outright. */
export type Delivery = { eventId: string; type: string; attempt: number; status: number; at: number };

export type OutgoingEvent = { id: string; type: string; payload: string };

export type DeliveryConfig = {
  url?: string;
  secret: string;
  retryDelaysMs: number[];
  timeoutMs: number;
};

/**
 * Sends events to the webhook endpoint. New events start in creation order (each one's first
 * attempt waits for the previous event's first attempt), then retry on their own schedule.
 */
export class WebhookDeliverer {
  private log: Delivery[] = [];
  private held: OutgoingEvent[] = [];
  private paused = false;
  private active = 0;
  private waiters: Array<() => void> = [];
  private lane: Promise<void> = Promise.resolve();
  private generation = 0;
  private waits = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private abort = new AbortController();

  constructor(private readonly config: DeliveryConfig) {}

  get enabled(): boolean {
    return this.config.url !== undefined;
  }

  deliveries(): Delivery[] {
    return this.log.map((entry) => ({ ...entry }));
  }

  enqueue(event: OutgoingEvent): void {
    if (!this.enabled) return;
    if (this.paused) this.held.push(event);
    else this.sendInOrder(event);
  }

  pause(): void {
    this.paused = true;
  }

  resume(order: "fifo" | "reverse" = "fifo"): void {
    this.paused = false;
    const batch = order === "reverse" ? this.held.reverse() : this.held;
    this.held = [];
    for (const event of batch) this.sendInOrder(event);
  }

  /** Sends the event `times` more times at once, each with its own retries; resolves when all settle. */
  async redeliver(event: OutgoingEvent, times: number): Promise<void> {
    if (!this.enabled) return;
    await Promise.all(Array.from({ length: times }, () => this.track(this.deliver(event))));
  }

  /** Resolves once nothing is in flight or waiting to retry (events held by pause() do not count). */
  idle(): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Forgets the log and held events; attempts under way are abandoned without logging. */
  reset(): void {
    this.stop();
    this.log = [];
    this.held = [];
    this.paused = false;
  }

  /** Abandons in-flight requests and pending retries (used on reset and shutdown). */
  stop(): void {
    this.generation++;
    this.abort.abort();
    this.abort = new AbortController();
    for (const wait of this.waits) {
      clearTimeout(wait.timer);
      wait.resolve();
    }
    this.waits.clear();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wait = {
        timer: setTimeout(() => {
          this.waits.delete(wait);
          resolve();
        }, ms),
        resolve,
      };
      this.waits.add(wait);
    });
  }

  private sendInOrder(event: OutgoingEvent): void {
    const previous = this.lane;
    let release = () => {};
    this.lane = new Promise((resolve) => (release = resolve));
    const run = async () => {
      try {
        await previous;
        await this.deliver(event, release);
      } finally {
        release();
      }
    };
    void this.track(run());
  }

  private async track(task: Promise<void>): Promise<void> {
    this.active++;
    try {
      await task;
    } finally {
      this.active--;
      if (this.active === 0) for (const resolve of this.waiters.splice(0)) resolve();
    }
  }

  private async deliver(event: OutgoingEvent, afterFirstAttempt?: () => void): Promise<void> {
    const generation = this.generation;
    for (let attempt = 1; ; attempt++) {
      const status = await this.post(event);
      if (generation !== this.generation) return;
      this.log.push({ eventId: event.id, type: event.type, attempt, status, at: Date.now() });
      if (attempt === 1) afterFirstAttempt?.();
      if (status >= 200 && status < 300) return;
      const delay = this.config.retryDelaysMs[attempt - 1];
      if (delay === undefined) return;
      await this.sleep(delay);
      if (generation !== this.generation) return;
    }
  }

  private async post(event: OutgoingEvent): Promise<number> {
    const url = this.config.url;
    if (url === undefined) return 0;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Stripe-Signature": signPayload(event.payload, this.config.secret) },
        body: event.payload,
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.config.timeoutMs)]),
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.status;
    } catch {
      return 0;
    }
  }
}
