import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";

// Each worker runs against its own database, created and migrated from scratch once.
const worker = (process.env.VITEST_POOL_ID ?? "0").replace(/\D/g, "");
const database = `aerospec_test_${worker}`;
const base = new URL(inject("pgBaseUrl"));
const url = new URL(base);
url.pathname = `/${database}`;

process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
process.env.APP_URL ??= "http://localhost:3000";
process.env.APP_ENV = "test";
process.env.LOG_LEVEL ??= "silent";
// Fixed test ports sit below Linux's ephemeral range (32768–60999): a server another test opens
// on port 0 can never have taken them.
// Billing talks to a Stripe emulator on a port per worker (scripts/vitest/stripe.ts starts it
// in the test files that need it).
process.env.STRIPE_SECRET_KEY = "sk_test_aerospec_vitest";
process.env.STRIPE_WEBHOOK_SECRET = "whsec_test_aerospec_vitest_secret";
process.env.STRIPE_API_URL = `http://127.0.0.1:${Number(process.env.TEST_STRIPE_PORT_BASE ?? 24440) + Number(worker || 0)}`;
// The supplier simulator (scripts/vitest/suppliers.ts starts it where needed): controls on the
// first of three ports per worker, then Spencer's and Coster's APIs.
const supplierPort = Number(process.env.TEST_SUPPLIER_PORT_BASE ?? 24540) + 3 * Number(worker || 0);
process.env.SPENCER_API_URL = `http://127.0.0.1:${supplierPort + 1}`;
process.env.SPENCER_API_KEY = "spencer_vitest_key";
process.env.SPENCER_CALLBACK_SECRET = "spencer_vitest_callback_secret";
process.env.COSTER_API_URL = `http://127.0.0.1:${supplierPort + 2}`;
process.env.COSTER_API_KEY = "coster_vitest_key";
process.env.COSTER_CALLBACK_SECRET = "coster_vitest_callback_secret";

const globalForSetup = globalThis as unknown as { __aerospecDbReady?: boolean };

beforeAll(async () => {
  if (globalForSetup.__aerospecDbReady) return;
  // Roles are cluster-wide: workers migrate one at a time, under a lock in the shared database.
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  await admin`select pg_advisory_lock(20261122)`;
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${database}`;
    if (!exists) await admin.unsafe(`create database "${database}"`);
    const { getDb } = await import("@/db/client");
    const { runMigrations } = await import("@/db/migrate");
    await runMigrations(getDb());
  } finally {
    await admin`select pg_advisory_unlock(20261122)`;
    await admin.end();
  }
  globalForSetup.__aerospecDbReady = true;
});

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
});
