import { and, asc, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { outbox } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { JOB_TOPICS, type JobPayload, type JobTopic } from "./topics";

/**
 * Asks for background work in the caller's transaction: the job exists only if the change
 * that asks for it commits, and it is not lost if the process dies right after the commit.
 */
export async function enqueueJob<T extends JobTopic>(tx: Tx, topic: T, payload: JobPayload<T>): Promise<void> {
  await tx.insert(outbox).values({ tenantId: payload.tenantId, topic, payload });
}

export type RelayedJob = { topic: JobTopic; payload: Record<string, unknown>; id: string };
type Sender = (jobs: RelayedJob[]) => Promise<unknown>;

/**
 * Hands committed outbox rows to the queue, oldest first, in one batch. A row's id is its job's id, so a
 * row sent twice (the process died before marking it) is one job: the queue ignores the repeat.
 * Rows are claimed with SKIP LOCKED, so several relays can run at once.
 */
export async function relayOutbox(send: Sender, batchSize = 100): Promise<number> {
  return withSystemTx(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(isNull(outbox.dispatchedAt))
      .orderBy(asc(outbox.createdAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    const known = rows.filter((row) => (JOB_TOPICS as readonly string[]).includes(row.topic));
    if (known.length > 0) await send(known.map((row) => ({ topic: row.topic as JobTopic, payload: row.payload, id: row.id })));
    if (rows.length > 0) {
      await tx
        .update(outbox)
        .set({ dispatchedAt: new Date() })
        .where(
          and(
            isNull(outbox.dispatchedAt),
            inArray(
              outbox.id,
              rows.map((row) => row.id),
            ),
          ),
        );
    }
    return known.length;
  });
}
