import { and, asc, eq, isNull } from "drizzle-orm";
import Papa from "papaparse";
import { configurations } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { consumeQuota } from "@/lib/billing/usage";
import { presentConfiguration } from "./present";

const MAX_ROWS = 10_000;

type Ranked = { sku?: string; supplier?: string };

const COLUMNS = [
  "name",
  "status",
  "tags",
  "viscosity_cp",
  "density_kg_m3",
  "surface_tension_mn_m",
  "flash_point_c",
  "target_cone_deg",
  "target_droplet_um",
  "max_pressure_bar",
  "target_flow_ml_min",
  "best_actuator_sku",
  "best_actuator_supplier",
  "compatible_actuators",
  "model_version",
  "created_at",
] as const;
type Column = (typeof COLUMNS)[number];

/**
 * GET /api/configurations/export: every active configuration as CSV, with its best-ranked
 * actuator. Each export counts against the plan's exports per day (402 once spent). Cells
 * that a spreadsheet would run as formulas are escaped.
 */
export async function exportConfigurationsCsv(ctx: ActorContext): Promise<{ csv: string; rows: number }> {
  const { tenantId, plan } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    await consumeQuota(tx, tenantId, plan, "export_requests_per_day");
    const rows = await tx
      .select()
      .from(configurations)
      .where(and(eq(configurations.tenantId, tenantId), isNull(configurations.archivedAt)))
      .orderBy(asc(configurations.createdAt), asc(configurations.id))
      .limit(MAX_ROWS);
    const data = rows.map((row): Record<Column, string | number> => {
      const c = presentConfiguration(row);
      const best = (c.compatibleActuators[0] ?? {}) as Ranked;
      return {
        name: c.name,
        status: c.status,
        tags: c.tags.join(" "),
        viscosity_cp: c.fluid.viscosityCp,
        density_kg_m3: c.fluid.densityKgM3,
        surface_tension_mn_m: c.fluid.surfaceTensionMNm,
        flash_point_c: c.fluid.flashPointC ?? "",
        target_cone_deg: c.targets.coneDeg ?? "",
        target_droplet_um: c.targets.dropletUm ?? "",
        max_pressure_bar: c.targets.maxPressureBar ?? "",
        target_flow_ml_min: c.targets.flowMlMin ?? "",
        best_actuator_sku: best.sku ?? "",
        best_actuator_supplier: best.supplier ?? "",
        compatible_actuators: c.compatibleActuators.length,
        model_version: c.modelVersion ?? "",
        created_at: c.createdAt.toISOString(),
      };
    });
    await recordAudit(tx, auditContext(ctx), {
      action: "configuration.export",
      resourceType: "configuration",
      resourceId: tenantId,
      changes: { rows: data.length },
    });
    const csv = Papa.unparse(
      { fields: [...COLUMNS], data: data.map((r) => COLUMNS.map((column) => r[column])) },
      { escapeFormulae: true, newline: "\r\n" },
    );
    return { csv, rows: data.length };
  });
}
