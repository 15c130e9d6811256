import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, ensureAuthSecret, ensureDatabase, ensureStripe, ensureSuppliers, loadDotEnv } from "./local-env";

// npm start: embedded PostgreSQL (unless DATABASE_URL is set), the Stripe emulator (unless
// STRIPE_SECRET_KEY is set), migrations, demo seed, the supplier simulator (unless supplier
// URLs are set), then Next.js.
// --dev runs `next dev`; --fresh starts from an empty throwaway database (tests, benchmarks).
const dev = process.argv.includes("--dev");
const fresh = process.argv.includes("--fresh");
const port = Number(process.env.PORT ?? 3000);
const pgPort = Number(process.env.PG_PORT ?? 54329);
const stripePort = Number(process.env.STRIPE_EMULATOR_PORT ?? 12111);
const supplierPort = Number(process.env.SUPPLIER_SIMULATOR_PORT ?? 12112);

loadDotEnv();
process.env.PORT = String(port);
process.env.APP_URL ??= `http://localhost:${port}`;
ensureAuthSecret();

const stripeState = path.join(DATA_DIR, "stripe-emulator.json");
if (fresh) {
  rmSync(path.join(DATA_DIR, "postgres"), { recursive: true, force: true });
  rmSync(stripeState, { force: true });
}
// What has been started so far, stopped again when a later step fails.
const started: (() => Promise<unknown>)[] = [];

/** Runs one start-up step; a failure says which step and why, stops what runs, and exits. */
async function step<T>(what: string, work: () => Promise<T>, hint = ""): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`\n  AeroSpec could not start: ${what} failed.\n  ${reason}${hint ? `\n  ${hint}` : ""}\n`);
    for (const stop of started.reverse()) await stop().catch(() => {});
    process.exit(1);
  }
}

const pg = await step("starting the embedded PostgreSQL", () =>
  ensureDatabase({ dataDir: path.join(DATA_DIR, "postgres"), port: pgPort, database: "aerospec", ephemeral: fresh }),
);
if (pg) {
  started.push(() => pg.stop());
  // Running on the embedded database is a local run: say so explicitly (helper pages such as
  // the mailbox, for this machine only), and accept the loopback address next to localhost.
  process.env.APP_ENV ??= "local";
  process.env.ALLOWED_ORIGINS ??= `http://127.0.0.1:${port}`;
}
const stripe = await step(
  "starting the Stripe emulator",
  () => ensureStripe({ appUrl: process.env.APP_URL!, port: stripePort, stateFile: stripeState }),
  `Is port ${stripePort} taken? Choose another with STRIPE_EMULATOR_PORT=…`,
);
if (stripe) started.push(() => stripe.close());
const { getDb, closeDb } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { seedCatalog, seedDemo, seedDemoConfigurations, seedDemoFeedback } = await import("./seed");
const { DEMO_PASSWORD, DEMO_USERS } = await import("@/db/seed/demo");

await step("migrating the database", () => runMigrations(getDb()), "The database is left as it was; fix the cause above and start again.");
const seeded = await step("seeding the demo organization", () => seedDemo());
const catalog = await step("seeding the catalog", () => seedCatalog());
await step("seeding the demo configurations", () => seedDemoConfigurations());
await step("seeding the demo lab results", () => seedDemoFeedback());
const { actuators } = await import("@/db/schema");
const suppliers = await step(
  "starting the supplier simulator",
  async () =>
    ensureSuppliers({
      appUrl: process.env.APP_URL!,
      port: supplierPort,
      stepSeconds: Number(process.env.SUPPLIER_SIMULATOR_STEP_SECONDS ?? 30),
      catalog: await getDb()
        .select({
          sku: actuators.sku,
          supplier: actuators.supplier,
          sprayType: actuators.sprayType,
          orificeDiameterMm: actuators.orificeDiameterMm,
        })
        .from(actuators),
    }),
  `Are ports ${supplierPort}–${supplierPort + 2} taken? Choose others with SUPPLIER_SIMULATOR_PORT=…`,
);
if (suppliers) started.push(() => suppliers.close());
await closeDb();

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return ["app", "components", "lib", "db", "proxy.ts", "next.config.ts", "package.json"].some((p) =>
    existsSync(p) ? (statSync(p).isDirectory() ? newestSource(p) : statSync(p).mtimeMs) > built : false,
  );
}

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      stdio: "inherit",
      env: process.env,
    });
    const stop = () => child.kill("SIGTERM");
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    child.on("exit", (code) => resolve(code ?? 0));
  });
}

/** The other host names sign-in works on (ALLOWED_ORIGINS); links made there lead back there. */
function otherOrigins(): string {
  const others = (process.env.ALLOWED_ORIGINS ?? "").split(",").filter((origin) => origin.trim() !== "");
  return others.length > 0 ? ` (also ${others.join(", ")}: each keeps its own sign-in)` : "";
}

function devMailbox(): string {
  const mode = process.env.APP_ENV;
  return mode === "local" || mode === "test"
    ? `${process.env.APP_URL}/dev/mail (from this machine only)`
    : "off (set APP_ENV=local to read email in the outbox at /dev/mail)";
}

if (!dev && needsBuild()) {
  console.log("Building AeroSpec (first start or changed sources)…");
  const code = await run([path.resolve("node_modules/next/dist/bin/next"), "build"]);
  if (code !== 0) {
    await suppliers?.close();
    await stripe?.close();
    await pg?.stop();
    process.exit(code);
  }
}

console.log(`
  AeroSpec is starting on ${process.env.APP_URL}${otherOrigins()}
  Database: ${pg ? `embedded PostgreSQL, data in ${path.relative(process.cwd(), DATA_DIR)}/postgres` : "DATABASE_URL"}${seeded.created ? " (demo data seeded)" : ""}
  Catalog: ${catalog.actuators} actuators, ${catalog.fluids} library fluids
  Demo logins (password: ${DEMO_PASSWORD}):
${DEMO_USERS.map((u) => `    ${(u.staff ? "staff" : u.role).padEnd(6)}  ${u.email}`).join("\n")}
  Local mailbox: ${devMailbox()}
  Stripe: ${stripe ? `local emulator on ${stripe.url} (test cards always pass unless told to fail)` : "STRIPE_SECRET_KEY"}
  Suppliers: ${suppliers ? `simulator, Spencer ${suppliers.urls.spencer}, Coster ${suppliers.urls.coster}, controls ${suppliers.urls.control}/_simulator` : "SPENCER_API_URL, COSTER_API_URL"}
`);

// AEROSPEC_PROFILE_DIR: write a V8 CPU profile of the web server there when it stops.
const profile = process.env.AEROSPEC_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.AEROSPEC_PROFILE_DIR)}`] : [];
const code = await run([...profile, "--import", "tsx", "scripts/server.ts", ...(dev ? ["--dev"] : [])]);
await suppliers?.close();
await stripe?.close();
await pg?.stop();
process.exit(code);
