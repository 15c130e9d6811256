// Runs once per server process. Background work that needs no request lives here until the
// jobs module moves it to pg-boss: outbox email is retried every 30 s when SMTP is configured.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.SMTP_URL) return;
  const { deliverPendingEmails } = await import("@/lib/email/outbox");
  const { logger } = await import("@/lib/http/logger");
  const timer = setInterval(() => {
    deliverPendingEmails().catch((error: unknown) => logger.error({ err: error }, "email delivery crashed"));
  }, 30_000);
  timer.unref();
}
