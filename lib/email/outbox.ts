import { and, desc, eq, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { DbOrTx } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { env } from "@/lib/env";
import { logger } from "@/lib/http/logger";
import type { EmailContent } from "./templates";

export type OutgoingEmail = EmailContent & { tenantId: string | null; kind: string; to: string };

/** Queue an email in the caller's transaction; it is sent only if that transaction commits. */
export async function enqueueEmail(db: DbOrTx, email: OutgoingEmail): Promise<void> {
  await db.insert(emailOutbox).values({
    tenantId: email.tenantId,
    kind: email.kind,
    toAddress: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
  });
}

export type OutboxMessage = typeof emailOutbox.$inferSelect;

/** Every message, newest first — for the /dev/mail page outside production. */
export async function listOutboxMessages(options: { to?: string; limit?: number } = {}) {
  return withSystemTx((tx) =>
    tx
      .select()
      .from(emailOutbox)
      .where(options.to ? eq(sql`lower(${emailOutbox.toAddress})`, options.to.toLowerCase()) : undefined)
      .orderBy(desc(emailOutbox.createdAt))
      .limit(options.limit ?? 100),
  );
}

const MAX_ATTEMPTS = 5;
let transport: nodemailer.Transporter | undefined;

/**
 * Sends pending mail through SMTP when SMTP_URL is set. Rows are claimed with SKIP LOCKED so
 * several processes can run this at once. Without SMTP the outbox is the mailbox (/dev/mail).
 */
export async function deliverPendingEmails(batchSize = 20): Promise<number> {
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) return 0;
  transport ??= nodemailer.createTransport(smtpUrl);
  const mailer = transport;
  return withSystemTx(async (tx) => {
    const pending = await tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, "pending"), sql`${emailOutbox.attempts} < ${MAX_ATTEMPTS}`))
      .orderBy(emailOutbox.createdAt)
      .limit(batchSize)
      .for("update", { skipLocked: true });
    for (const message of pending) {
      try {
        await mailer.sendMail({
          from: env().MAIL_FROM,
          to: message.toAddress,
          subject: message.subject,
          text: message.text,
          html: message.html ?? undefined,
        });
        await tx
          .update(emailOutbox)
          .set({ status: "sent", sentAt: new Date(), attempts: message.attempts + 1 })
          .where(eq(emailOutbox.id, message.id));
      } catch (error) {
        const attempts = message.attempts + 1;
        logger.warn({ emailId: message.id, attempts }, "email delivery failed");
        await tx
          .update(emailOutbox)
          .set({
            attempts,
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
          })
          .where(eq(emailOutbox.id, message.id));
      }
    }
    return pending.length;
  });
}

/** Kick delivery after a commit without making the request wait for SMTP. */
export function scheduleEmailDelivery(): void {
  if (!env().SMTP_URL) return;
  setTimeout(() => {
    deliverPendingEmails().catch((error: unknown) => logger.error({ err: error }, "email delivery crashed"));
  }, 0);
}
