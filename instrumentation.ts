// Runs once per server process: the background worker (pg-boss jobs and the outbox relay)
// lives here unless JOBS_IN_PROCESS=false hands it to `npm run worker`; outbox email is
// retried every 30 s when SMTP is configured.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/http/logger");
  if (process.env.JOBS_IN_PROCESS !== "false") {
    const [{ startWorker }, { JOB_HANDLERS }] = await Promise.all([import("@/lib/jobs/worker"), import("@/lib/jobs/handlers")]);
    startWorker(JOB_HANDLERS).catch((error: unknown) => logger.error({ err: error }, "the job worker could not start"));
  }
  if (!process.env.SMTP_URL) return;
  const { deliverPendingEmails } = await import("@/lib/email/outbox");
  const timer = setInterval(() => {
    deliverPendingEmails().catch((error: unknown) => logger.error({ err: error }, "email delivery crashed"));
  }, 30_000);
  timer.unref();
}
