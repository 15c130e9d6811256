import type PgBoss from "pg-boss";
import { logger } from "@/lib/http/logger";
import { DELIVERY_RETRY } from "@/lib/webhooks/deliver";
import { getBoss, stopBoss } from "./boss";
import { type RelayedJob, relayOutbox } from "./outbox";
import type { JobPayload, JobTopic } from "./topics";

export type JobHandlers = { [T in JobTopic]?: (payload: JobPayload<T>) => Promise<void> };

type QueueOptions = Partial<PgBoss.Queue>;

// A failing job is retried with exponential backoff (5 s, 10 s, 20 s … about an hour in all)
// before it is given up and logged.
const QUEUE_OPTIONS = { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInMinutes: 5 } satisfies QueueOptions;

/** Queues that retry differently: a webhook receiver gets about a day to come back. */
const QUEUE_OVERRIDES: Partial<Record<JobTopic, QueueOptions>> = {
  "webhooks.deliver": DELIVERY_RETRY,
  // Training is deterministic: one retry covers a process that died, more would repeat a failure.
  "ml.train_custom_model": { retryLimit: 1, expireInMinutes: 15 },
};

/** Jobs fetched at once and worked in parallel (each fails or completes on its own). */
const BATCH_SIZES: Partial<Record<JobTopic, number>> = {
  "webhooks.deliver": 50,
};

function queueOptions(topic: JobTopic): QueueOptions {
  return { ...QUEUE_OPTIONS, ...QUEUE_OVERRIDES[topic] };
}

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

type Worker = { stop(): Promise<void> };

/** The queue row for one relayed outbox row: its id, retry policy and, when debounced, its delay. */
export function toInsert({ topic, payload, id }: RelayedJob): PgBoss.JobInsert {
  const { retryLimit, retryDelay, retryBackoff, expireInMinutes } = queueOptions(topic);
  const job = { id, name: topic, data: payload, retryLimit, retryDelay, retryBackoff, expireInSeconds: (expireInMinutes ?? 5) * 60 };
  if (!DEBOUNCED[topic]) return job;
  return { ...job, singletonKey: String(payload.tenantId), startAfter: String(DEBOUNCE_SECONDS) };
}

async function workQueue(boss: PgBoss, topic: JobTopic, handler: (payload: unknown) => Promise<void>): Promise<string> {
  const batchSize = BATCH_SIZES[topic] ?? 1;
  let workerId = "";
  workerId = await boss.work(topic, { batchSize, pollingIntervalSeconds: 1 }, async (jobs) => {
    // Jobs came: look for more right after these instead of waiting out the polling interval.
    boss.notifyWorker(workerId);
    const results = await Promise.allSettled(jobs.map((job) => handler(job.data)));
    // The failed ones are retried; the queue completes the rest when this returns.
    for (const [i, result] of results.entries()) {
      if (result.status === "rejected") {
        if (batchSize === 1) throw result.reason;
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        await boss.fail(topic, jobs[i]!.id, { message: reason });
      }
    }
  });
  return workerId;
}

/**
 * Works every queue with its handler and relays the outbox to the queue about every 250 ms,
 * waking the workers of the queues it filled. Runs inside the web process by default
 * (instrumentation.ts) or alone (`npm run worker`).
 */
export async function startWorker(handlers: JobHandlers, options: { relayIntervalMs?: number } = {}): Promise<Worker> {
  const boss = await getBoss();
  const workers = new Map<JobTopic, string>();
  for (const [topic, handler] of Object.entries(handlers) as [JobTopic, (payload: unknown) => Promise<void>][]) {
    await boss.createQueue(topic, { name: topic, ...queueOptions(topic), ...(DEBOUNCED[topic] && { policy: "short" as const }) });
    workers.set(topic, await workQueue(boss, topic, handler));
    const cron = SCHEDULES[topic];
    if (cron) await boss.schedule(topic, cron, { tenantId: null }, { tz: "UTC" });
  }
  let relaying = false;
  const relay = async () => {
    if (relaying) return;
    relaying = true;
    try {
      const filled = new Set<JobTopic>();
      // A full batch means more may be waiting: keep relaying until the outbox is drained.
      for (let sent = -1; sent !== 0; ) {
        sent = await relayOutbox((jobs) => {
          for (const job of jobs) filled.add(job.topic);
          return boss.insert(jobs.map((job) => toInsert(job)));
        });
        for (const topic of filled) {
          const workerId = workers.get(topic);
          if (workerId) boss.notifyWorker(workerId);
        }
        filled.clear();
        if (sent < 100) break;
      }
    } catch (error) {
      logger.error({ err: error }, "outbox relay failed");
    } finally {
      relaying = false;
    }
  };
  const timer = setInterval(() => void relay(), options.relayIntervalMs ?? 250);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await stopBoss();
    },
  };
}
