import type PgBoss from "pg-boss";
import { logger } from "@/lib/http/logger";
import { getBoss, stopBoss } from "./boss";
import { relayOutbox } from "./outbox";
import type { JobPayload, JobTopic } from "./topics";

export type JobHandlers = { [T in JobTopic]?: (payload: JobPayload<T>) => Promise<void> };

// A failing job is retried with exponential backoff (5 s, 10 s, 20 s … about an hour in all)
// before it is given up and logged.
const QUEUE_OPTIONS = { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInMinutes: 5 } satisfies Partial<PgBoss.Queue>;

/** Recurring work, as cron expressions (UTC). */
const SCHEDULES: Partial<Record<JobTopic, string>> = {
  "procurement.poll": "*/10 * * * *",
  "procurement.auto_confirm": "15 * * * *",
  // Spec §5.2: prices, stock and lead times every 4 hours.
  "suppliers.sync": "0 */4 * * *",
  "ml.recalibrate_global": "40 * * * *",
};

// Debounced queues: a job waits DEBOUNCE_SECONDS before it runs, and while one of a tenant waits
// (pg-boss "short" policy: one queued job per singleton key) further requests are dropped, so a
// burst of lab results recalibrates once, with all of them.
const DEBOUNCE_SECONDS = 60;
const DEBOUNCED: Partial<Record<JobTopic, true>> = { "ml.recalibrate": true };

/** The queue's send options for one job. */
export function sendOptionsOf(topic: JobTopic, payload: Record<string, unknown>, id: string): PgBoss.SendOptions {
  if (!DEBOUNCED[topic]) return { id, ...QUEUE_OPTIONS };
  return { id, ...QUEUE_OPTIONS, singletonKey: String(payload.tenantId), startAfter: DEBOUNCE_SECONDS };
}

type Worker = { stop(): Promise<void> };

/**
 * Works every queue with its handler and relays the outbox to the queue about once a second.
 * Runs inside the web process by default (instrumentation.ts) or alone (`npm run worker`).
 */
export async function startWorker(handlers: JobHandlers, options: { relayIntervalMs?: number } = {}): Promise<Worker> {
  const boss = await getBoss();
  for (const [topic, handler] of Object.entries(handlers) as [JobTopic, (payload: unknown) => Promise<void>][]) {
    await boss.createQueue(topic, { name: topic, ...QUEUE_OPTIONS, ...(DEBOUNCED[topic] && { policy: "short" as const }) });
    await boss.work(topic, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await handler(job.data);
    });
    const cron = SCHEDULES[topic];
    if (cron) await boss.schedule(topic, cron, { tenantId: null }, { tz: "UTC" });
  }
  let relaying = false;
  const relay = async () => {
    if (relaying) return;
    relaying = true;
    try {
      await relayOutbox((topic, payload, id) => boss.send(topic, payload, sendOptionsOf(topic, payload, id)));
    } catch (error) {
      logger.error({ err: error }, "outbox relay failed");
    } finally {
      relaying = false;
    }
  };
  const timer = setInterval(() => void relay(), options.relayIntervalMs ?? 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await stopBoss();
    },
  };
}
