import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "@/scripts/vitest/factories";
import { getDb } from "./client";
import {
  apiKeys,
  apiKeyUsage,
  auditLogs,
  billingSubscriptions,
  configurationShares,
  configurations,
  configurationVersions,
  customFluids,
  emailOutbox,
  invitations,
  invoices,
  memberships,
  mrrMovements,
  outbox,
  payments,
  procurementCommissions,
  procurementEvents,
  procurementLineItems,
  procurements,
  sessions,
  tenants,
  usageCounters,
} from "./schema";
import { readSessionState } from "./session-state";
import { APP_ROLE, SYSTEM_ROLE, withSystemTx, withTenantTx } from "./tenant";

// Every tenant-owned table, with a row it would take to insert one for a given tenant.
const TENANT_TABLES = {
  tenants: { table: tenants, column: "id" },
  memberships: { table: memberships, column: "tenant_id" },
  invitations: { table: invitations, column: "tenant_id" },
  sessions: { table: sessions, column: "tenant_id" },
  audit_logs: { table: auditLogs, column: "tenant_id" },
  email_outbox: { table: emailOutbox, column: "tenant_id" },
  configurations: { table: configurations, column: "tenant_id" },
  configuration_versions: { table: configurationVersions, column: "tenant_id" },
  configuration_shares: { table: configurationShares, column: "tenant_id" },
  custom_fluids: { table: customFluids, column: "tenant_id" },
  billing_subscriptions: { table: billingSubscriptions, column: "tenant_id" },
  invoices: { table: invoices, column: "tenant_id" },
  payments: { table: payments, column: "tenant_id" },
  procurement_commissions: { table: procurementCommissions, column: "tenant_id" },
  mrr_movements: { table: mrrMovements, column: "tenant_id" },
  usage_counters: { table: usageCounters, column: "tenant_id" },
  procurements: { table: procurements, column: "tenant_id" },
  procurement_line_items: { table: procurementLineItems, column: "tenant_id" },
  procurement_events: { table: procurementEvents, column: "tenant_id" },
  outbox: { table: outbox, column: "tenant_id" },
  api_keys: { table: apiKeys, column: "tenant_id" },
  api_key_usage: { table: apiKeyUsage, column: "tenant_id" },
} as const;

let a: Awaited<ReturnType<typeof createTenant>>;
let b: Awaited<ReturnType<typeof createTenant>>;

beforeAll(async () => {
  a = await createTenant();
  b = await createTenant();
});

describe("row-level security", () => {
  it("every tenant table forces RLS", async () => {
    const rows = await getDb().execute<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      sql`select relname, relrowsecurity, relforcerowsecurity from pg_class where relname in ${Object.keys(TENANT_TABLES)}`,
    );
    expect(rows.length).toBe(Object.keys(TENANT_TABLES).length);
    for (const row of rows) expect([row.relname, row.relrowsecurity, row.relforcerowsecurity]).toEqual([row.relname, true, true]);
  });

  it.each(Object.keys(TENANT_TABLES))("%s: the application role sees 0 rows without tenant context", async (name) => {
    const count = await getDb().transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
      const [row] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(name)}`);
      return row!.n;
    });
    expect(count).toBe(0);
  });

  it.each(Object.keys(TENANT_TABLES))("%s: tenant context shows only that tenant's rows", async (name) => {
    const column = TENANT_TABLES[name as keyof typeof TENANT_TABLES].column;
    const foreign = await withTenantTx(a.tenantId, async (tx) => {
      const [row] = await tx.execute<{ n: number }>(
        sql`select count(*)::int as n from ${sql.identifier(name)} where ${sql.identifier(column)} <> ${a.tenantId}`,
      );
      return row!.n;
    });
    expect(foreign).toBe(0);
  });

  it("the system role sees every tenant", async () => {
    const ids = await withSystemTx((tx) => tx.select({ id: tenants.id }).from(tenants));
    expect(ids.map((r) => r.id)).toEqual(expect.arrayContaining([a.tenantId, b.tenantId]));
  });

  it("an insert carrying another tenant's id is rejected", async () => {
    const attempt = withTenantTx(a.tenantId, (tx) =>
      tx.insert(auditLogs).values({ tenantId: b.tenantId, action: "x.y", resourceType: "x", resourceId: randomUUID() }),
    );
    await expect(attempt).rejects.toMatchObject({ cause: expect.objectContaining({ code: "42501" }) });
  });

  it("an update cannot move a row to another tenant", async () => {
    const moved = withTenantTx(a.tenantId, (tx) =>
      tx.update(memberships).set({ tenantId: b.tenantId }).where(sql`${memberships.userId} = ${a.ownerId}`),
    );
    await expect(moved).rejects.toThrow();
  });

  it("the audit trail is append-only for the application", async () => {
    const erase = withTenantTx(a.tenantId, (tx) => tx.delete(auditLogs));
    await expect(erase).rejects.toMatchObject({ cause: expect.objectContaining({ code: "42501" }) });
  });

  it.each(["billing_subscriptions", "invoices", "payments", "procurement_commissions", "mrr_movements"])(
    "%s is written only by Stripe webhook processing, not by the application role",
    async (name) => {
      const erase = withTenantTx(a.tenantId, (tx) => tx.execute(sql`delete from ${sql.identifier(name)}`));
      await expect(erase).rejects.toMatchObject({ cause: expect.objectContaining({ code: "42501" }) });
    },
  );

  it("an order's timeline is append-only for the application", async () => {
    const erase = withTenantTx(a.tenantId, (tx) => tx.execute(sql`delete from procurement_events`));
    await expect(erase).rejects.toMatchObject({ cause: expect.objectContaining({ code: "42501" }) });
  });

  it("the supplier callback ledger is invisible to the application role", async () => {
    const read = withTenantTx(a.tenantId, (tx) => tx.execute(sql`select count(*) from supplier_events`));
    await expect(read).rejects.toMatchObject({ cause: expect.objectContaining({ code: "42501" }) });
  });

  it("the Stripe event ledger is invisible to the application role", async () => {
    const read = withTenantTx(a.tenantId, (tx) => tx.execute(sql`select count(*) from stripe_events`));
    await expect(read).rejects.toMatchObject({ cause: expect.objectContaining({ code: "42501" }) });
  });

  it("the session-state function reads one membership through RLS and leaves no context behind", async () => {
    const db = getDb();
    expect(await readSessionState(db, a.tenantId, a.ownerId)).toMatchObject({ role: "admin", tenantName: expect.any(String) });
    expect(await readSessionState(db, a.tenantId, b.ownerId)).toBeNull();
    // On one connection: after the call, the role and tenant context are gone.
    const conn = await db.$client.reserve();
    try {
      const [state] = await conn`select role from app_session_state(${a.tenantId}::uuid, ${a.ownerId}::uuid)`;
      expect(state).toEqual({ role: "admin" });
      const [after] = await conn`select current_user as role, nullif(current_setting('app.tenant_id', true), '') as tenant`;
      expect(after).toEqual({ role: "postgres", tenant: null });
    } finally {
      conn.release();
    }
  });

  describe("configuration_summaries, the configuration list's read model", () => {
    const count = (tx: Parameters<Parameters<typeof withTenantTx>[1]>[0]) =>
      tx.execute<{ n: number; foreign: number }>(
        sql`select count(*)::int as n, count(*) filter (where tenant_id <> ${a.tenantId})::int as foreign from configuration_summaries`,
      );

    beforeAll(async () => {
      for (const t of [a, b]) {
        await withTenantTx(t.tenantId, (tx) =>
          tx
            .insert(configurations)
            .values({ tenantId: t.tenantId, name: "Mist", fluidViscosityCp: "1", fluidDensityKgM3: "998", fluidSurfaceTensionMNm: "72" }),
        );
      }
    });

    it("shows only the tenant in context, and nothing without one", async () => {
      const [inA] = await withTenantTx(a.tenantId, count);
      expect(inA).toMatchObject({ foreign: 0 });
      expect(inA!.n).toBeGreaterThan(0);
      const [none] = await getDb().transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
        return count(tx);
      });
      expect(none).toEqual({ n: 0, foreign: 0 });
    });

    it("belongs to the system role and is read-only for the application", async () => {
      const [view] = await getDb().execute<{ owner: string }>(
        sql`select viewowner as owner from pg_views where viewname = 'configuration_summaries'`,
      );
      expect(view).toEqual({ owner: SYSTEM_ROLE });
      for (const write of [sql`update configuration_summaries set tenant_id = ${b.tenantId}`, sql`delete from configuration_summaries`]) {
        await expect(withTenantTx(a.tenantId, (tx) => tx.execute(write))).rejects.toMatchObject({
          cause: expect.objectContaining({ code: "42501" }),
        });
      }
    });
  });

  it("a composite foreign key refuses a session pointing at another tenant's member", async () => {
    const attempt = withSystemTx((tx) => tx.insert(sessions).values({ tenantId: a.tenantId, userId: b.ownerId }));
    await expect(attempt).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23503" }) });
  });
});
