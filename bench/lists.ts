import autocannon from "autocannon";
import postgres from "postgres";
import { encodeCursor, encodeKeyCursor } from "@/db/keyset";
import { DEMO_USERS } from "@/db/seed/demo";
import {
  BULK_RARE_NAME,
  BULK_RARE_TAG,
  seedBulkActuators,
  seedBulkAuditLogs,
  seedBulkCommissions,
  seedBulkConfigurations,
  seedBulkInvoices,
  seedBulkMembers,
  seedBulkTenants,
} from "@/db/seed/bulk";
import { type BenchServer, percentile, signIn, signUpTenant, startBenchServer } from "./server";

// npm run bench:lists — production build on embedded Postgres: the first page and a page deep
// into every keyset list at 1k and at 100k rows (the audit log at 1M), as req/s and p50, and
// the ratio large/small of the time per request; the target is ≤ 1.5× for every list.
// Tenant lists: a 1k-row and a 100k-row tenant side by side on one server. Lists that span
// every tenant (catalog, staff) can only be small or large once per database, so a second
// server on a second database of the same PostgreSQL holds the 1k-row copy of those.
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const SMALL_PORT = Number(process.env.BENCH_SMALL_PORT ?? PORT + 1);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54370);
const STRIPE_PORT = Number(process.env.BENCH_STRIPE_PORT ?? 3399);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
// Each figure is the best of ROUNDS runs, small and large taken in turn, so a burst of other
// work on the machine does not land on one side of a ratio only.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
// Only the lists whose name contains this text (e.g. "audit"), when set.
const ONLY = process.env.BENCH_ONLY ?? "";
const SMALL = 1_000;
const LARGE = 100_000;
const AUDIT_LARGE = 1_000_000;
const TARGET = 1.5;

type Size = "small" | "large";
type Result = { rps: number; p50: number; errors: number };
/** One server and its database; `member` and `staff` are session cookies on it. */
type World = { server: BenchServer; sql: postgres.Sql; member: string; staff: string };
type Target = { world: World; cookie: string; tenantId?: string };
type Case = { list: string; page: "first" | "deep"; target: (size: Size) => Target; path: (t: Target, size: Size) => Promise<string> };

async function measure(url: string, cookie: string, seconds: number): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, headers: { cookie }, connections: CONNECTIONS, duration: seconds }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status !== 200) errors += 1;
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return { rps: result.requests.average, p50: percentile(latencies, 0.5), errors: errors + result.errors };
}

/** A request must answer 200 with rows before it is worth timing. */
async function assertListed(url: string, cookie: string) {
  const res = await fetch(url, { headers: { cookie } });
  const body = (await res.json()) as { items?: unknown[] };
  if (res.status !== 200 || !body.items?.length) throw new Error(`${url}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
}

const started = Date.now();
const progress = (what: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${what}`);
const dbUrl = (database: string) => `postgres://postgres:postgres@127.0.0.1:${PG_PORT}/${database}`;
const staffEmail = DEMO_USERS.find((u) => u.staff)!.email;

async function openWorld(server: BenchServer, database: string): Promise<World> {
  const sql = postgres(dbUrl(database), { max: 2, onnotice: () => {} });
  const { cookie } = await signUpTenant(server.base, "Catalog Readers");
  return { server, sql, member: cookie, staff: await signIn(server.base, staffEmail) };
}

/** Rows of the lists that span every tenant: organizations, their commissions, the catalog. */
async function seedGlobal(sql: postgres.Sql, rows: number) {
  const orgs = await seedBulkTenants(sql, rows);
  await seedBulkCommissions(sql, orgs, rows);
  await seedBulkActuators(sql, rows);
}

// The steady state autovacuum keeps (statistics, visibility map, GIN pending lists merged),
// with the seed's writes flushed so no checkpoint competes with the timings.
async function settle(sql: postgres.Sql) {
  await sql`vacuum analyze`;
  await sql`checkpoint`;
}

const servers: BenchServer[] = [];
const worlds: World[] = [];
try {
  progress("starting the servers");
  servers.push(await startBenchServer({ port: PORT, pgPort: PG_PORT, stripePort: STRIPE_PORT }));
  const admin = postgres(dbUrl("postgres"), { max: 1, onnotice: () => {} });
  await admin`create database aerospec_small`;
  await admin.end();
  const stripe = `http://localhost:${STRIPE_PORT}`;
  servers.push(
    await startBenchServer({ port: SMALL_PORT, pgPort: PG_PORT, stripePort: STRIPE_PORT + 1 }, {
      DATABASE_URL: dbUrl("aerospec_small"),
      // The first server's Stripe emulator (nothing here calls Stripe).
      STRIPE_SECRET_KEY: "sk_test_local_emulator",
      STRIPE_API_URL: stripe,
      STRIPE_WEBHOOK_SECRET: "whsec_bench_lists",
    }),
  );
  const big = await openWorld(servers[0]!, "aerospec");
  const little = await openWorld(servers[1]!, "aerospec_small");
  worlds.push(big, little);
  const tenant = { small: await signUpTenant(big.server.base, "Small Sprays"), large: await signUpTenant(big.server.base, "Large Sprays") };

  progress("seeding: a 1k-row and a 100k-row tenant (audit log 1M), 1k and 100k rows of the catalog and staff lists");
  for (const [size, rows, auditRows] of [["small", SMALL, SMALL], ["large", LARGE, AUDIT_LARGE]] as const) {
    const { tenantId, userId } = tenant[size];
    const members = [userId, ...(await seedBulkMembers(big.sql, tenantId, 20))];
    await seedBulkConfigurations(big.sql, tenantId, rows, userId);
    await seedBulkAuditLogs(big.sql, tenantId, members, auditRows);
    await seedBulkInvoices(big.sql, tenantId, rows);
  }
  await seedGlobal(big.sql, LARGE);
  await seedGlobal(little.sql, SMALL);
  await settle(big.sql);
  await settle(little.sql);

  const count = (size: Size, large = LARGE) => (size === "small" ? SMALL : large);
  /** The text of the row halfway down an ordered list: the cursor of a page deep into it. */
  async function middle(t: Target, query: string, rows: number): Promise<{ key: string; id: string }> {
    const [row] = await t.world.sql.unsafe<{ key: string; id: string }[]>(`${query} offset ${Math.floor(rows / 2)} limit 1`);
    return row!;
  }
  const at = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const ofTenant = (t: Target) => `where tenant_id = '${t.tenantId}'`;

  const inTenant = (size: Size): Target => ({ world: big, cookie: tenant[size].cookie, tenantId: tenant[size].tenantId });
  const asMember = (size: Size): Target => (size === "small" ? { world: little, cookie: little.member } : { world: big, cookie: big.member });
  const asStaff = (size: Size): Target => (size === "small" ? { world: little, cookie: little.staff } : { world: big, cookie: big.staff });
  const first = (list: string, target: Case["target"], path: string): Case => ({ list, page: "first", target, path: async () => path });

  const configurations = (sort: string, order: string, key: string): Case[] => [
    first(`configurations, ${sort}`, inTenant, `/api/configurations?sort=${sort}`),
    {
      list: `configurations, ${sort}`,
      page: "deep",
      target: inTenant,
      path: async (t, size) => {
        // Nine in ten are active (every tenth is archived).
        const row = await middle(t, `select ${key} as key, id from configurations ${ofTenant(t)} and archived_at is null order by ${order}`, count(size) * 0.9);
        return `/api/configurations?sort=${sort}&cursor=${encodeKeyCursor(row)}`;
      },
    },
  ];
  const newestFirst = (list: string, route: string, table: string, column: string, target: Case["target"], rows: (size: Size) => number): Case[] => [
    first(list, target, route),
    {
      list,
      page: "deep",
      target,
      path: async (t, size) => {
        const where = t.tenantId ? ofTenant(t) : "";
        const row = await middle(t, `select ${at(column)} as key, id from ${table} ${where} order by ${column} desc, id desc`, rows(size));
        return `${route}?cursor=${encodeCursor({ createdAt: row.key, id: row.id })}`;
      },
    },
  ];
  const rare = BULK_RARE_NAME.toLowerCase();
  const cases: Case[] = [
    ...configurations("newest", "created_at desc, id desc", at("created_at")),
    ...configurations("oldest", "created_at, id", at("created_at")),
    ...configurations("updated", "updated_at desc, id desc", at("updated_at")),
    ...configurations("name", "lower(name), id", "lower(name)"),
    first(`configurations, search "${rare}"`, inTenant, `/api/configurations?q=${rare}`),
    first(`configurations, search "setup 1"`, inTenant, "/api/configurations?q=setup%201"),
    first(`configurations, tag ${BULK_RARE_TAG}`, inTenant, `/api/configurations?tag=${BULK_RARE_TAG}`),
    first("configurations, status testing", inTenant, "/api/configurations?status=testing"),
    ...newestFirst("audit log", "/api/audit-logs", "audit_logs", "created_at", inTenant, (size) => count(size, AUDIT_LARGE)),
    ...newestFirst("invoices", "/api/billing/invoices", "invoices", "invoice_date", inTenant, count),
    first("actuators (catalog)", asMember, "/api/actuators"),
    {
      list: "actuators (catalog)",
      page: "deep",
      target: asMember,
      path: async (t, size) => `/api/actuators?cursor=${encodeURIComponent((await middle(t, "select sku as key, id from actuators order by sku", count(size))).key)}`,
    },
    first(`actuators, search "${rare}"`, asMember, `/api/actuators?q=${rare}`),
    ...newestFirst("staff: organizations", "/api/admin/tenants", "tenants", "created_at", asStaff, count),
    first(`staff: organizations, search "${rare}"`, asStaff, `/api/admin/tenants?q=${rare}`),
    ...newestFirst("staff: commissions", "/api/admin/commissions", "procurement_commissions", "created_at", asStaff, count),
  ];

  /** Times `c` small and large in turn, ROUNDS times, keeping each size's best run. */
  async function run(c: Case): Promise<Record<Size, Result>> {
    const sizes = ["small", "large"] as const;
    const requests = await Promise.all(
      sizes.map(async (size) => {
        const target = c.target(size);
        return { size, cookie: target.cookie, url: `${target.world.server.base}${await c.path(target, size)}` };
      }),
    );
    for (const r of requests) {
      await assertListed(r.url, r.cookie);
      await measure(r.url, r.cookie, 1);
    }
    const best = {} as Record<Size, Result>;
    for (let round = 0; round < ROUNDS; round++) {
      for (const r of requests) {
        const result = await measure(r.url, r.cookie, SECONDS);
        const kept = best[r.size] && best[r.size].rps >= result.rps ? best[r.size] : result;
        best[r.size] = { ...kept, errors: (best[r.size]?.errors ?? 0) + result.errors };
      }
    }
    return best;
  }

  progress("timing");
  const results = [];
  for (const c of cases.filter((c) => c.list.includes(ONLY))) results.push({ c, r: await run(c) });

  console.log(`\n${CONNECTIONS} connections, best of ${ROUNDS} × ${SECONDS} s, production build, embedded PostgreSQL`);
  console.log("small: 1k rows (tenant lists: one tenant's, next to the large one; catalog and staff lists: all)");
  console.log("large: 100k rows (audit log 1M)\n");
  const header = `${"list".padEnd(40)} ${"page".padEnd(5)} ${"small req/s".padStart(11)} ${"p50 ms".padStart(7)} ${"large req/s".padStart(11)} ${"p50 ms".padStart(7)} ${"large/small".padStart(11)}`;
  console.log(header);
  console.log("-".repeat(header.length));
  let worst = 0;
  for (const { c, r } of results) {
    const ratio = r.small.rps / r.large.rps;
    worst = Math.max(worst, ratio);
    const errors = r.small.errors + r.large.errors;
    console.log(
      `${c.list.padEnd(40)} ${c.page.padEnd(5)} ${r.small.rps.toFixed(0).padStart(11)} ${r.small.p50.toFixed(1).padStart(7)} ${r.large.rps.toFixed(0).padStart(11)} ${r.large.p50.toFixed(1).padStart(7)} ${`${ratio.toFixed(2)}×`.padStart(11)}${errors ? `  non-200: ${errors}` : ""}`,
    );
  }
  console.log(`\nworst ratio ${worst.toFixed(2)}× — target ≤ ${TARGET}×: ${worst <= TARGET ? "met" : "NOT met"}`);
} finally {
  for (const world of worlds) await world.sql.end();
  for (const server of servers.reverse()) server.stop();
}
