import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "@/db/embedded";

export const DATA_DIR = path.resolve(process.env.AEROSPEC_DATA_DIR ?? ".data");

/** Reads `.env` when present (values already in the environment win). */
export function loadDotEnv(): void {
  if (existsSync(".env")) process.loadEnvFile(".env");
}

/** A stable AUTH_SECRET for local runs, generated once and kept in .data/. */
export function ensureAuthSecret(dataDir = DATA_DIR): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

/**
 * Without DATABASE_URL, starts embedded PostgreSQL (data in `dataDir`) and points
 * DATABASE_URL at it. Returns the server so the caller can stop it.
 */
export async function ensureDatabase(options: {
  dataDir: string;
  port: number;
  database: string;
  ephemeral?: boolean;
}): Promise<EmbeddedDatabase | null> {
  if (process.env.DATABASE_URL) return null;
  const pg = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, ephemeral: options.ephemeral });
  try {
    await pg.createDatabase(options.database);
  } catch (error) {
    if (!String(error).includes("already exists")) throw error;
  }
  process.env.DATABASE_URL = pg.url(options.database);
  return pg;
}

/**
 * Without STRIPE_SECRET_KEY, starts the bundled Stripe emulator and points the Stripe SDK at
 * it (STRIPE_API_URL), with a webhook secret shared by the emulator and the app; its state is
 * kept in `stateFile` between runs, like the database. Returns the
 * emulator so the caller can stop it, or null when a real Stripe account is configured.
 */
export async function ensureStripe(options: { appUrl: string; port: number; stateFile: string }) {
  if (process.env.STRIPE_SECRET_KEY) return null;
  const { startStripeEmulator } = await import("./stripe-emulator");
  process.env.STRIPE_WEBHOOK_SECRET ??= `whsec_local_${randomBytes(24).toString("hex")}`;
  const emulator = await startStripeEmulator({
    port: options.port,
    publicUrl: `http://localhost:${options.port}`,
    webhookUrl: `${options.appUrl}/api/webhooks/stripe`,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
    stateFile: options.stateFile,
  });
  process.env.STRIPE_SECRET_KEY = "sk_test_local_emulator";
  process.env.STRIPE_API_URL = emulator.url;
  return emulator;
}

/**
 * Without SPENCER_API_URL and COSTER_API_URL, starts the bundled supplier simulator on
 * `port` (controls) and the next two ports (Spencer, Coster; 0 picks free ones), offering
 * `catalog`, and points the supplier adapters at it with generated keys and callback secrets.
 * Returns the simulator so the caller can stop it, or null when real suppliers are configured.
 */
export async function ensureSuppliers(options: {
  appUrl: string;
  port: number;
  stepSeconds: number;
  catalog: Array<{ sku: string; supplier: "spencer" | "coster"; sprayType: string; orificeDiameterMm: number }>;
}) {
  if (process.env.SPENCER_API_URL || process.env.COSTER_API_URL) return null;
  const { startSupplierSimulator } = await import("./supplier-simulator");
  const secret = (name: string) => (process.env[name] ??= `${randomBytes(24).toString("hex")}`);
  const apiKeys = { spencer: secret("SPENCER_API_KEY"), coster: secret("COSTER_API_KEY") };
  const callbackUrl = (supplier: string) => `${options.appUrl}/api/webhooks/suppliers/${supplier}`;
  const simulator = await startSupplierSimulator({
    catalog: options.catalog,
    ports: { control: options.port, spencer: options.port && options.port + 1, coster: options.port && options.port + 2 },
    apiKeys,
    callbacks: {
      spencer: { url: callbackUrl("spencer"), secret: secret("SPENCER_CALLBACK_SECRET") },
      coster: { url: callbackUrl("coster"), secret: secret("COSTER_CALLBACK_SECRET") },
    },
    lifecycleStepMs: options.stepSeconds * 1000,
  });
  process.env.SPENCER_API_URL = simulator.urls.spencer;
  process.env.COSTER_API_URL = simulator.urls.coster;
  return simulator;
}
