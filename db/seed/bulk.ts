import type postgres from "postgres";

// Bulk rows straight from generate_series, for the query-plan tests and the list benchmarks.
// Runs as the database owner (row-level security does not apply to a superuser owner; on a
// plain owner, run it as the system role). Row n is n minutes older than `BULK_EPOCH`, so
// newest first is n ascending; every list key is deterministic.

export const BULK_EPOCH = "2026-06-01T00:00:00Z";

/**
 * Rare words: BULK_RARE_ROWS rows of every seeded list carry them, however long the list, so
 * a search finds the same rows in a small list and in a large one (rows 7, 7 + n/20, …;
 * never an archived one when n is a multiple of 200).
 */
export const BULK_RARE_NAME = "Zephyr";
export const BULK_RARE_TAG = "recall";
export const BULK_RARE_ROWS = 20;

/** Row g of a list of `count` is a rare one when g % step = at. */
function rare(count: number) {
  const step = Math.max(1, Math.floor(count / BULK_RARE_ROWS));
  return { step, at: Math.min(7, step - 1) };
}

type Sql = postgres.Sql | postgres.TransactionSql;

/** `count` users who are members of the tenant (the first one its admin); returns their ids. */
export async function seedBulkMembers(sql: Sql, tenantId: string, count: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    with created as (
      insert into users (email, name)
      select 'member-' || g || '-' || ${tenantId}::text || '@bulk.example', 'Member ' || lpad(g::text, 6, '0')
      from generate_series(1, ${count}) g
      returning id, email
    )
    insert into memberships (tenant_id, user_id, role)
    select ${tenantId}, id, case when email like 'member-1-%' then 'admin'::member_role else 'user'::member_role end from created
    returning user_id as id`;
  return rows.map((r) => r.id);
}

/**
 * Configurations of one tenant: names "Spray setup n" (the rare ones "Zephyr coating n", also
 * tagged "recall"), statuses skewed (60 % draft, 30 % complete, 8 % ordered, 2 % testing), one
 * of five line tags, every tenth archived, and 20 ranked actuators (~8 KB of JSON, stored out
 * of line) each.
 */
export async function seedBulkConfigurations(sql: Sql, tenantId: string, count: number, createdBy: string | null = null) {
  const { step, at } = rare(count);
  await sql`
    insert into configurations (tenant_id, created_by_user_id, name, fluid_viscosity_cp, fluid_density_kg_m3,
      fluid_surface_tension_mn_m, target_flow_rate_ml_min, status, tags, compatible_actuators, actuator_count,
      model_version, created_at, updated_at, archived_at)
    select ${tenantId}, ${createdBy},
      case when g % ${step} = ${at} then ${BULK_RARE_NAME} || ' coating ' || g else 'Spray setup ' || g end,
      1 + g % 50, 998, 72, 400,
      (case when (g + 3) % 50 = 0 then 'testing' when (g + 3) % 50 < 5 then 'ordered' when (g + 3) % 50 < 20 then 'complete' else 'draft' end)::configuration_status,
      case when g % ${step} = ${at} then array['line-' || g % 5, ${BULK_RARE_TAG}] else array['line-' || g % 5] end::varchar[],
      ranked.actuators, 20, 'bulk',
      ${BULK_EPOCH}::timestamptz - g * interval '1 minute',
      ${BULK_EPOCH}::timestamptz - ((g * 7919) % ${count}) * interval '1 minute',
      case when g % 10 = 0 then ${BULK_EPOCH}::timestamptz else null end
    from generate_series(1, ${count}) g,
      (select jsonb_agg(jsonb_build_object('sku', 'SP-' || i, 'supplier', 'spencer', 'score', 0.9 - i / 100.0,
        'smdUm', 40 + i, 'flags', jsonb_build_array(), 'notes', md5(i::text) || md5((i * 3)::text) || md5((i * 7)::text)
          || md5((i * 11)::text) || md5((i * 13)::text) || md5((i * 17)::text) || md5((i * 19)::text) || md5((i * 23)::text)
          || md5((i * 29)::text))) as actuators
       from generate_series(1, 20) i) ranked`;
}

/** Audit entries of one tenant, spread over its members and a dozen actions. */
export async function seedBulkAuditLogs(sql: Sql, tenantId: string, userIds: string[], count: number) {
  await sql`
    insert into audit_logs (tenant_id, user_id, action, resource_type, resource_id, changes, ip_address, user_agent, created_at)
    select ${tenantId}, (${userIds}::uuid[])[1 + g % ${userIds.length}],
      (array['configuration.create', 'configuration.update', 'configuration.archive', 'member.invite', 'billing.subscribe',
        'fluid.create', 'configuration.share', 'member.role_change', 'configuration.export', 'auth.login', 'fluid.archive',
        'configuration.duplicate'])[1 + g % 12],
      'configuration', gen_random_uuid(), jsonb_build_object('name', 'Spray setup ' || g), '203.0.113.7', 'bulk',
      ${BULK_EPOCH}::timestamptz - g * interval '1 second'
    from generate_series(1, ${count}) g`;
}

/** Invoices of one tenant, one a day going back. */
export async function seedBulkInvoices(sql: Sql, tenantId: string, count: number) {
  await sql`
    insert into invoices (tenant_id, stripe_invoice_id, number, billing_reason, invoice_date, due_date, period_start,
      period_end, subscription_amount, subtotal, total, amount_paid, status, paid_at, stripe_synced_at)
    select ${tenantId}, 'in_bulk_' || replace(${tenantId}::text, '-', '') || '_' || g, 'BULK-' || g, 'subscription_cycle',
      ${BULK_EPOCH}::timestamptz - g * interval '1 hour', ${BULK_EPOCH}::timestamptz - g * interval '1 hour' + interval '30 days',
      ${BULK_EPOCH}::timestamptz - g * interval '1 hour' - interval '30 days', ${BULK_EPOCH}::timestamptz - g * interval '1 hour',
      2000, 2000, 2000, 2000, 'paid', ${BULK_EPOCH}::timestamptz - g * interval '1 hour', now()
    from generate_series(1, ${count}) g`;
}

/** Organizations with an owner and an MRR history each (the staff list); names "Bulk org n". */
export async function seedBulkTenants(sql: Sql, count: number): Promise<string[]> {
  const { step, at } = rare(count);
  const rows = await sql<{ id: string }[]>`
    insert into tenants (name, slug, plan, subscription_status, created_at)
    select case when g % ${step} = ${at} then ${BULK_RARE_NAME} || ' Industries ' || g else 'Bulk org ' || g end,
      'bulk-org-' || g || '-' || substr(md5(random()::text), 1, 6), 'professional', 'active',
      ${BULK_EPOCH}::timestamptz - g * interval '1 minute'
    from generate_series(1, ${count}) g
    returning id`;
  const ids = rows.map((r) => r.id);
  await sql`
    with owners as (
      insert into users (email, name)
      select 'owner-' || t || '@bulk.example', 'Owner of ' || t from unnest(${ids}::uuid[]) t
      returning id, email
    )
    insert into memberships (tenant_id, user_id, role)
    select substr(email, 7, 36)::uuid, id, 'admin' from owners`;
  await sql`
    insert into mrr_movements (tenant_id, kind, plan, status, mrr_cents, previous_mrr_cents, occurred_at)
    select t, k.kind::mrr_movement_kind, 'professional', 'active', k.mrr, k.previous, ${BULK_EPOCH}::timestamptz - k.ago
    from unnest(${ids}::uuid[]) t,
      (values ('new', 200000, 0, interval '60 days'), ('expansion', 250000, 200000, interval '30 days')) k(kind, mrr, previous, ago)`;
  return ids;
}

/** Procurement commissions spread over the given tenants, one a minute going back. */
export async function seedBulkCommissions(sql: Sql, tenantIds: string[], count: number) {
  await sql`
    insert into procurement_commissions (tenant_id, procurement_id, supplier, order_total, commission_rate, commission_amount, created_at)
    select (${tenantIds}::uuid[])[1 + g % ${tenantIds.length}], gen_random_uuid(),
      case when g % 2 = 0 then 'spencer' else 'coster' end, 500, 10, 50, ${BULK_EPOCH}::timestamptz - g * interval '1 minute'
    from generate_series(1, ${count}) g`;
}

/** Catalog actuators "BK-nnnnnnn" (the rare ones "BK-nnnnnnn-ZEPHYR"). */
export async function seedBulkActuators(sql: Sql, count: number) {
  const { step, at } = rare(count);
  await sql`
    insert into actuators (sku, supplier, spray_type, orifice_diameter_mm, ref_flow_ml_min, ref_pressure_bar, nominal_cone_deg,
      max_pressure_bar, spencer_price_usd, spencer_stock_units)
    select 'BK-' || lpad(g::text, 7, '0') || case when g % ${step} = ${at} then '-ZEPHYR' else '' end,
      'spencer', (array['hollow_cone', 'full_cone', 'flat_fan', 'fine_mist', 'solid_stream'])[1 + g % 5]::spray_type,
      0.2 + (g % 40) / 20.0, 100 + g % 900, 3, 60 + g % 60, 20 + g % 80, 10 + g % 90, g % 7
    from generate_series(1, ${count}) g`;
}
