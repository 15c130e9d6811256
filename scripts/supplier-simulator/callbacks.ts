import { createHmac } from "node:crypto";
import type { CallbackDelivery, OrderStatus, SupplierName } from "./types";

/** Spencer's scheme: `Spencer-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export function signSpencerCallback(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return { "Spencer-Signature": `t=${timestamp},v1=${signature}` };
}

/** Coster's scheme: `X-Coster-Timestamp: <unix>`, `X-Coster-Signature: sha256=<base64 HMAC-SHA256(secret, "<t>:<body>")>`. */
export function signCosterCallback(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac("sha256", secret).update(`${timestamp}:${body}`).digest("base64");
  return { "X-Coster-Timestamp": String(timestamp), "X-Coster-Signature": `sha256=${signature}` };
}

const SIGNERS = { spencer: signSpencerCallback, coster: signCosterCallback } as const;

export type OutgoingCallback = { supplier: SupplierName; eventId: string; orderId: string; status: OrderStatus; body: string };

/** Sends each status change to its supplier's callback URL, signed, retrying non-2xx answers. */
export class CallbackSender {
  private log: CallbackDelivery[] = [];
  private active = 0;
  private waiters: Array<() => void> = [];
  private abort = new AbortController();

  constructor(
    private readonly targets: Partial<Record<SupplierName, { url: string; secret: string }>>,
    private readonly retryDelaysMs: number[],
  ) {}

  deliveries(): CallbackDelivery[] {
    return this.log.map((entry) => ({ ...entry }));
  }

  send(callback: OutgoingCallback): void {
    if (!this.targets[callback.supplier]) return;
    this.active++;
    void this.deliver(callback, this.abort.signal).finally(() => {
      this.active--;
      if (this.active === 0) for (const resolve of this.waiters.splice(0)) resolve();
    });
  }

  idle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Abandons deliveries in flight and pending retries, and forgets the log. */
  reset(): void {
    this.abort.abort();
    this.abort = new AbortController();
    this.log = [];
  }

  private async deliver(callback: OutgoingCallback, signal: AbortSignal): Promise<void> {
    for (let attempt = 1; !signal.aborted; attempt++) {
      const httpStatus = await this.post(callback, signal);
      if (signal.aborted) return;
      this.log.push({
        supplier: callback.supplier,
        eventId: callback.eventId,
        orderId: callback.orderId,
        status: callback.status,
        attempt,
        httpStatus,
      });
      const delay = this.retryDelaysMs[attempt - 1];
      if ((httpStatus >= 200 && httpStatus < 300) || delay === undefined) return;
      await this.sleep(delay, signal);
    }
  }

  private sleep(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  private async post(callback: OutgoingCallback, signal: AbortSignal): Promise<number> {
    const target = this.targets[callback.supplier]!;
    try {
      const response = await fetch(target.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...SIGNERS[callback.supplier](callback.body, target.secret) },
        body: callback.body,
        signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]),
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.status;
    } catch {
      return 0;
    }
  }
}
