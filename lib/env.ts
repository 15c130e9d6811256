import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

/** A comma-separated list, trimmed, without empty entries. */
const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const origins = list.pipe(
  z.array(
    z
      .string()
      .url("List full origins such as https://app.example.com")
      .transform((value) => new URL(value).origin),
  ),
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  // Connections each web or worker process keeps to PostgreSQL (one more for health checks).
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  SMTP_URL: optional,
  MAIL_FROM: z.string().default("AeroSpec <no-reply@aerospec.local>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  AUTH_GITHUB_ID: optional,
  AUTH_GITHUB_SECRET: optional,
  AUTH_GOOGLE_ID: optional,
  AUTH_GOOGLE_SECRET: optional,
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  LOGIN_BLOCK_SECONDS: z.coerce.number().int().positive().default(900),
  // Requests one API key may make per minute (X-RateLimit-Limit), besides the plan's monthly calls.
  API_KEY_REQUESTS_PER_MINUTE: z.coerce.number().int().positive().default(120),
  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  // Where the Stripe SDK sends requests; unset means api.stripe.com. Local runs and tests
  // point it at the bundled emulator (scripts/stripe-emulator).
  STRIPE_API_URL: optional.pipe(z.string().url().optional()),
  // The suppliers' APIs (spec §5.1) and the secrets their status callbacks are signed with.
  // Unset URL: that supplier is not configured (its calls fail as unavailable). Local runs and
  // tests point them at the bundled simulator (scripts/supplier-simulator).
  SPENCER_API_URL: optional.pipe(z.string().url().optional()),
  SPENCER_API_KEY: optional,
  SPENCER_CALLBACK_SECRET: optional,
  COSTER_API_URL: optional.pipe(z.string().url().optional()),
  COSTER_API_KEY: optional,
  COSTER_CALLBACK_SECRET: optional,
  // Deadline of one supplier call, retries included.
  SUPPLIER_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  // Background jobs (pg-boss): worked inside each web process unless "false", when a separate
  // `npm run worker` process works them.
  JOBS_IN_PROCESS: z.enum(["true", "false"]).default("true"),
  // Receipts not confirmed this many days after delivery are confirmed (and captured) by AeroSpec.
  RECEIPT_AUTO_CONFIRM_DAYS: z.coerce.number().int().positive().default(2),
  // Outbound webhooks: the deadline of one delivery attempt, and how long an endpoint may fail
  // every attempt (from its first failure after a success) before it is disabled.
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  WEBHOOK_FAILURE_WINDOW_SECONDS: z.coerce.number().int().positive().default(86_400),
  // "local" and "test" run with the bundled stand-ins and expose /dev/* helper pages (to
  // loopback clients only). Never inferred: unset is production.
  APP_ENV: z.enum(["local", "test", "production"]).default("production"),
  // Proxies whose X-Forwarded-For/-Proto are believed (IPs, CIDRs, or loopback/linklocal/
  // uniquelocal); default none, so the socket's address is the client's.
  TRUSTED_PROXIES: list,
  // The key the training-data export's pseudonyms are made with (at least 32 characters); unset,
  // one is derived from AUTH_SECRET. Changing it changes every pseudonym.
  TRAINING_DATA_PSEUDONYM_KEY: optional.pipe(z.string().min(32, "TRAINING_DATA_PSEUDONYM_KEY must be at least 32 characters").optional()),
  // Origins besides APP_URL's that may send cookie-authenticated writes (CSRF check).
  ALLOWED_ORIGINS: origins,
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

/** Environment, validated once on first use (so `next build` needs no secrets). */
export function env(): Env {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
    }
    parsed = result.data;
  }
  return parsed;
}

/**
 * One setting, validated on its own: for what is needed before the rest may be, such as the
 * logger, made when its module loads (also during `next build`, which has no secrets).
 */
export function envValue<K extends keyof Env>(key: K): Env[K] {
  if (parsed) return parsed[key];
  const result = envSchema.shape[key].safeParse(process.env[key]);
  if (!result.success) throw new Error(`Invalid environment:\n  ${key}: ${result.error.issues.map((i) => i.message).join(", ")}`);
  return result.data as Env[K];
}

/** Helper pages such as /dev/mail exist only in an explicitly configured local or test mode. */
export function devRoutesEnabled(): boolean {
  return env().APP_ENV !== "production";
}
