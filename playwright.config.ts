import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;
const STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT ?? 3199);
/** The bundled Stripe emulator the e2e server uses; specs drive its clock and failures. */
export const STRIPE_EMULATOR_URL = `http://localhost:${STRIPE_PORT}`;
/** Shared with the server so specs can sign webhook payloads. */
/** The supplier simulator's test controls (scripts/supplier-simulator/README.md). */
export const SUPPLIER_CONTROLS_URL = `http://127.0.0.1:${process.env.E2E_SUPPLIER_PORT ?? STRIPE_PORT - 3}/_simulator`;
export const STRIPE_WEBHOOK_SECRET = "whsec_e2e_aerospec_local_secret";
const FUZZ_SPEC = /bad-input-fuzz\.spec\.ts$/;
const RBAC_SPEC = /rbac\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "api", testDir: "e2e/api", testIgnore: [FUZZ_SPEC, RBAC_SPEC] },
    { name: "ui", testDir: "e2e/ui", use: { browserName: "chromium", viewport: { width: 1280, height: 900 } } },
    // Thousands of requests at once: run after the other suites so it neither slows their
    // timing-sensitive steps nor is slowed by them.
    // The route × caller table signs the shared staff login out everywhere: it runs alone,
    // after the suites that use that login, and before the fuzz, which does too.
    { name: "rbac", testDir: "e2e/api", testMatch: RBAC_SPEC, dependencies: ["api", "ui"] },
    { name: "fuzz", testDir: "e2e/api", testMatch: FUZZ_SPEC, dependencies: ["rbac"] },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts --fresh",
    url: `${BASE_URL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(PORT),
      PG_PORT: process.env.E2E_PG_PORT ?? "24350",
      AEROSPEC_DATA_DIR: ".test-data/e2e",
      APP_URL: BASE_URL,
      STRIPE_EMULATOR_PORT: String(STRIPE_PORT),
      // Controls, Spencer and Coster on three ports below the Stripe emulator's.
      SUPPLIER_SIMULATOR_PORT: process.env.E2E_SUPPLIER_PORT ?? String(STRIPE_PORT - 3),
      STRIPE_WEBHOOK_SECRET,
      APP_ENV: "test",
      LOG_LEVEL: "warn",
      // Every spec connects from loopback, one client address for the whole run: keep the
      // per-address failed-login limit out of the way of specs that test wrong passwords.
      LOGIN_MAX_FAILURES_PER_IP: "1000",
    },
  },
});
