import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditLogs } from "@/lib/audit/queries";
import { listAuditLogsSchema } from "@/lib/audit/schemas";
import { listInvoices } from "@/lib/billing/queries";
import { listInvoicesSchema } from "@/lib/billing/schemas";
import { listCustomFluids } from "@/lib/catalog/custom-fluids";
import { listActuators } from "@/lib/catalog/queries";
import { listActuatorsSchema } from "@/lib/catalog/schemas";
import { listConfigurations } from "@/lib/configurations/queries";
import { listConfigurationsSchema } from "@/lib/configurations/schemas";
import { listCommissionsPage } from "@/lib/platform/commissions";
import { listCommissionsSchema, listTenantsSchema } from "@/lib/platform/schemas";
import { listStaffTenantsPage } from "@/lib/platform/tenants";
import { listMembers } from "@/lib/tenants/queries";
import type { DbOrTx } from "./client";
import { encodeCursor } from "./keyset";
import {
  BULK_RARE_NAME,
  BULK_RARE_ROWS,
  BULK_RARE_TAG,
  seedBulkActuators,
  seedBulkAuditLogs,
  seedBulkCommissions,
  seedBulkConfigurations,
  seedBulkInvoices,
  seedBulkMembers,
  seedBulkTenants,
} from "./seed/bulk";
import { APP_ROLE, SYSTEM_ROLE } from "./tenant";

// Every list query, EXPLAINed (and run) as the application would run it over one large tenant
// among others: each keyset order must come out of its index in order — no Sort node, the
// cursor as an index condition. A search or tag filter that matches many rows walks that same
// index; a rare one comes from its GIN index and only its matches are sorted. Everything is
// seeded in one transaction that is rolled back at the end.

const ROWS = 20_000;
const AUDIT_ROWS = 50_000;

type Scope = { role: typeof APP_ROLE | typeof SYSTEM_ROLE; tenantId?: string };
type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  "Actual Rows": number;
  Plans?: PlanNode[];
};

const captured: { query: string; params: unknown[] }[] = [];
let client: postgres.Sql;
let db: DbOrTx;
let big: string;
let bigMembers: string[];
let tenantScope: Scope;
const staff: Scope = { role: SYSTEM_ROLE };

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

/** The plan of the one query `run` sends, executed in `scope` exactly as the application sends it. */
async function planOf(scope: Scope, run: (db: DbOrTx) => Promise<unknown>): Promise<PlanNode[]> {
  await client`select set_config('role', ${scope.role}, true), set_config('app.tenant_id', ${scope.tenantId ?? ""}, true)`;
  try {
    captured.length = 0;
    await run(db);
    expect(captured).toHaveLength(1);
    const { query, params } = captured[0]!;
    const [row] = await client.unsafe(`explain (analyze, timing off, format json) ${query}`, params as postgres.ParameterOrJSON<never>[]);
    return flatten((row!["QUERY PLAN"] as { Plan: PlanNode }[])[0]!.Plan);
  } finally {
    await client`select set_config('role', 'none', true)`;
  }
}

/** Text of the row `offset` rows into an ordered query: a real cursor deep into the list. */
async function rowAt(query: string, offset: number): Promise<{ key: string; id: string }> {
  const [row] = await client.unsafe<{ key: string; id: string }[]>(`${query} offset ${offset} limit 1`);
  return row!;
}

const at = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const describePlan = (nodes: PlanNode[]) =>
  nodes.map((n) => `${n["Node Type"]}${n["Index Name"] ? ` on ${n["Index Name"]}` : ""} (${n["Actual Rows"]} rows)`).join(" > ");

function expectIndexOrder(nodes: PlanNode[], index: string, { deep = false } = {}) {
  expect(
    nodes.filter((n) => n["Node Type"].includes("Sort")).map((n) => n["Node Type"]),
    describePlan(nodes),
  ).toEqual([]);
  const scan = nodes.find((n) => n["Index Name"] === index);
  expect(scan, `uses ${index}: ${describePlan(nodes)}`).toBeDefined();
  if (deep) expect(scan!["Index Cond"], "the cursor is where the index scan starts").toMatch(/ROW\(/);
}

function expectSearch(nodes: PlanNode[], index: string, matches: number) {
  expect(
    nodes.some((n) => n["Index Name"] === index),
    `uses ${index}: ${describePlan(nodes)}`,
  ).toBe(true);
  for (const sort of nodes.filter((n) => n["Node Type"].includes("Sort"))) {
    expect(sort.Plans![0]!["Actual Rows"]).toBeLessThanOrEqual(matches);
  }
}

beforeAll(async () => {
  client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  db = drizzle(client, { logger: { logQuery: (query, params) => captured.push({ query, params }) } });
  await client`begin`;
  const [tenant] = await client<
    { id: string }[]
  >`insert into tenants (name, slug) values ('Big', 'big-' || md5(random()::text)) returning id`;
  big = tenant!.id;
  tenantScope = { role: APP_ROLE, tenantId: big };
  bigMembers = await seedBulkMembers(client, big, 200);
  const others = await seedBulkTenants(client, 5_000);
  for (const other of others.slice(0, 5)) {
    const members = await seedBulkMembers(client, other, 3);
    await seedBulkConfigurations(client, other, 2_000, members[0]);
    await seedBulkAuditLogs(client, other, members, 5_000);
    await seedBulkInvoices(client, other, 1_000);
  }
  await seedBulkConfigurations(client, big, ROWS, bigMembers[0]);
  await seedBulkAuditLogs(client, big, bigMembers, AUDIT_ROWS);
  await seedBulkInvoices(client, big, ROWS);
  await seedBulkCommissions(client, [big, ...others.slice(0, 50)], ROWS);
  await seedBulkActuators(client, ROWS);
  await client`insert into custom_fluids (tenant_id, name, viscosity_cp, density_kg_m3, surface_tension_mn_m)
    select t, 'Fluid ' || g, 1, 1000, 72 from unnest(${[big, ...others.slice(0, 5)]}::uuid[]) t, generate_series(1, 2000) g`;
  // As autovacuum would have by now: the GIN indexes' pending lists merged into the index.
  await client`select gin_clean_pending_list(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid
    join pg_am am on am.oid = c.relam where am.amname = 'gin'`;
  await client`analyze tenants, users, memberships, configurations, audit_logs, invoices, procurement_commissions, mrr_movements, actuators, custom_fluids`;
}, 240_000);

afterAll(async () => {
  await client`rollback`;
  await client.end();
});

describe("configuration list plans (application role, a tenant of 20k among others)", () => {
  const list = (query: Record<string, string>) => (tx: DbOrTx) => listConfigurations(tx, big, listConfigurationsSchema.parse(query));
  const deep = async (order: string, key: string) =>
    encodeCursor(
      await rowAt(
        `select ${key} as key, id from configurations where tenant_id = '${big}' and archived_at is null order by ${order}`,
        ROWS / 2,
      ),
    );

  it.each([
    ["newest", "configurations_tenant_created_idx", "created_at desc, id desc", at("created_at")],
    ["oldest", "configurations_tenant_created_idx", "created_at, id", at("created_at")],
    ["updated", "configurations_tenant_updated_idx", "updated_at desc, id desc", at("updated_at")],
    ["name", "configurations_tenant_name_idx", "lower(name), id", "lower(name)"],
  ])("sort %s: first and a deep page read %s in order", async (sort, index, order, key) => {
    expectIndexOrder(await planOf(tenantScope, list({ sort })), index);
    const cursor = await deep(order, key);
    expectIndexOrder(await planOf(tenantScope, list({ sort, cursor })), index, { deep: true });
  });

  it("a rare status reads the status index in order; archived ones the newest-first index", async () => {
    expectIndexOrder(await planOf(tenantScope, list({ status: "testing" })), "configurations_tenant_status_created_idx");
    expectIndexOrder(await planOf(tenantScope, list({ archived: "true" })), "configurations_tenant_created_idx");
  });

  it("a common search or tag walks the sort's index; a rare one comes from its GIN index, sorting only the matches", async () => {
    expectIndexOrder(await planOf(tenantScope, list({ q: "setup 1" })), "configurations_tenant_created_idx");
    expectIndexOrder(await planOf(tenantScope, list({ tag: "line-3" })), "configurations_tenant_created_idx");
    expectSearch(
      await planOf(tenantScope, list({ q: BULK_RARE_NAME.toLowerCase() })),
      "configurations_tenant_name_trgm_idx",
      BULK_RARE_ROWS,
    );
    expectSearch(
      await planOf(tenantScope, list({ q: BULK_RARE_NAME, sort: "name" })),
      "configurations_tenant_name_trgm_idx",
      BULK_RARE_ROWS,
    );
    expectSearch(await planOf(tenantScope, list({ tag: BULK_RARE_TAG })), "configurations_tenant_tags_idx", BULK_RARE_ROWS);
  });
});

describe("audit log and invoice plans (application role)", () => {
  const audit = (query: Record<string, string>) => (tx: DbOrTx) => listAuditLogs(tx, big, listAuditLogsSchema.parse(query));

  it("the audit log, first and deep page, all of it or one person's, reads newest first from its index", async () => {
    expectIndexOrder(await planOf(tenantScope, audit({})), "audit_logs_tenant_created_idx");
    const row = await rowAt(
      `select ${at("created_at")} as key, id from audit_logs where tenant_id = '${big}' order by created_at desc, id desc`,
      AUDIT_ROWS / 2,
    );
    const cursor = encodeCursor(row);
    expectIndexOrder(await planOf(tenantScope, audit({ cursor })), "audit_logs_tenant_created_idx", { deep: true });
    expectIndexOrder(await planOf(tenantScope, audit({ actor: bigMembers[7]! })), "audit_logs_tenant_user_created_idx");
    expectIndexOrder(await planOf(tenantScope, audit({ actor: bigMembers[7]!, cursor })), "audit_logs_tenant_user_created_idx", {
      deep: true,
    });
  });

  it("invoices, first and deep page, read newest first from their index", async () => {
    const invoices = (query: Record<string, string>) => (tx: DbOrTx) => listInvoices(tx, big, listInvoicesSchema.parse(query));
    expectIndexOrder(await planOf(tenantScope, invoices({})), "invoices_tenant_date_idx");
    const row = await rowAt(
      `select ${at("invoice_date")} as key, id from invoices where tenant_id = '${big}' order by invoice_date desc, id desc`,
      ROWS / 2,
    );
    const cursor = encodeCursor(row);
    expectIndexOrder(await planOf(tenantScope, invoices({ cursor })), "invoices_tenant_date_idx", { deep: true });
  });
});

describe("catalog and staff list plans", () => {
  it("actuators, first and deep page, read SKU order from the unique index; a SKU search uses the trigram index", async () => {
    const actuators = (query: Record<string, string>) => (tx: DbOrTx) => listActuators(tx, listActuatorsSchema.parse(query));
    const app = { role: APP_ROLE } as const;
    expectIndexOrder(await planOf(app, actuators({})), "actuators_sku_unique");
    const row = await rowAt(`select sku as key, id from actuators where sku like 'BK-%' order by sku`, ROWS / 2);
    const deep = await planOf(app, actuators({ cursor: encodeCursor(row) }));
    expectIndexOrder(deep, "actuators_sku_unique");
    expect(deep.find((n) => n["Index Name"] === "actuators_sku_unique")!["Index Cond"]).toMatch(/sku/);
    expectSearch(await planOf(app, actuators({ q: "zephyr" })), "actuators_sku_trgm_idx", BULK_RARE_ROWS);
  });

  it("the staff tenants list, first and deep page, reads newest first; a name search uses the trigram index", async () => {
    const tenants = (query: Record<string, string>) => (tx: DbOrTx) => listStaffTenantsPage(tx, listTenantsSchema.parse(query));
    expectIndexOrder(await planOf(staff, tenants({})), "tenants_created_idx");
    const row = await rowAt(`select ${at("created_at")} as key, id from tenants order by created_at desc, id desc`, 2_500);
    expectIndexOrder(await planOf(staff, tenants({ cursor: encodeCursor(row) })), "tenants_created_idx", {
      deep: true,
    });
    expectSearch(await planOf(staff, tenants({ q: BULK_RARE_NAME })), "tenants_search_idx", BULK_RARE_ROWS);
  });

  it("staff commissions, first and deep page, all or one supplier's, read newest first from their index", async () => {
    const commissions = (query: Record<string, string>) => (tx: DbOrTx) => listCommissionsPage(tx, listCommissionsSchema.parse(query));
    expectIndexOrder(await planOf(staff, commissions({})), "procurement_commissions_created_idx");
    const row = await rowAt(
      `select ${at("created_at")} as key, id from procurement_commissions order by created_at desc, id desc`,
      ROWS / 2,
    );
    const cursor = encodeCursor(row);
    expectIndexOrder(await planOf(staff, commissions({ cursor })), "procurement_commissions_created_idx", { deep: true });
    expectIndexOrder(await planOf(staff, commissions({ supplier: "coster", cursor })), "procurement_commissions_created_idx", {
      deep: true,
    });
  });
});

describe("whole lists (members, custom fluids)", () => {
  // Not paginated: they return every row of the tenant, so the test is only that no other
  // tenant's rows are read (no sequential scan of the tenant table) and that a sort sorts only
  // the tenant's rows.
  function expectTenantRowsOnly(nodes: PlanNode[], table: string, rows: number) {
    expect(
      nodes.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === table),
      describePlan(nodes),
    ).toEqual([]);
    for (const sort of nodes.filter((n) => n["Node Type"].includes("Sort")))
      expect(sort.Plans![0]!["Actual Rows"]).toBeLessThanOrEqual(rows);
  }

  it("members and custom fluids read only the tenant's rows, through an index", async () => {
    expectTenantRowsOnly(await planOf(tenantScope, (tx) => listMembers(tx, big)), "memberships", 200);
    expectTenantRowsOnly(await planOf(tenantScope, (tx) => listCustomFluids(tx, big)), "custom_fluids", 2_000);
  });
});
