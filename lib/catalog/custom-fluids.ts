import { and, asc, eq, ilike, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { escapeLike } from "@/db/keyset";
import { customFluids } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { diff, recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import type { customFluidSchema } from "./response-schemas";
import type { CreateCustomFluidInput } from "./schemas";

/** The tenant's own fluids that are not archived, optionally matching a name fragment. */
export async function listCustomFluids(db: DbOrTx, tenantId: string, q?: string) {
  return db
    .select()
    .from(customFluids)
    .where(
      and(
        eq(customFluids.tenantId, tenantId),
        isNull(customFluids.archivedAt),
        q ? ilike(customFluids.name, `%${escapeLike(q)}%`) : undefined,
      ),
    )
    .orderBy(asc(customFluids.name));
}

export async function createCustomFluid(ctx: ActorContext, input: CreateCustomFluidInput): Promise<z.input<typeof customFluidSchema>> {
  const { tenantId, userId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const [row] = await tx
      .insert(customFluids)
      .values({ ...input, flashPointC: input.flashPointC ?? null, notes: input.notes ?? null, tenantId, createdByUserId: userId })
      .returning();
    await recordAudit(tx, auditContext(ctx), {
      action: "fluid.create",
      resourceType: "fluid",
      resourceId: row!.id,
      changes: { name: row!.name },
    });
    return row!;
  });
}

/** Replaces one of the tenant's own fluids' figures (configurations made with it keep their copy); 404 when archived or not the tenant's. */
export async function updateCustomFluid(
  ctx: ActorContext,
  id: string,
  input: CreateCustomFluidInput,
): Promise<z.input<typeof customFluidSchema>> {
  const { tenantId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const [before] = await tx
      .select()
      .from(customFluids)
      .where(and(eq(customFluids.tenantId, tenantId), eq(customFluids.id, id), isNull(customFluids.archivedAt)))
      .for("update");
    if (!before) throw new AppError("not_found", "Fluid not found");
    const values = { ...input, flashPointC: input.flashPointC ?? null, notes: input.notes ?? null };
    const [row] = await tx
      .update(customFluids)
      .set(values)
      .where(and(eq(customFluids.tenantId, tenantId), eq(customFluids.id, id)))
      .returning();
    const changes = diff(before, values);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, auditContext(ctx), { action: "fluid.update", resourceType: "fluid", resourceId: id, changes });
    }
    return row!;
  });
}

export async function archiveCustomFluid(ctx: ActorContext, id: string): Promise<void> {
  const { tenantId } = ctx.actor;
  await withTenantTx(tenantId, async (tx) => {
    const [row] = await tx
      .update(customFluids)
      .set({ archivedAt: new Date() })
      .where(and(eq(customFluids.tenantId, tenantId), eq(customFluids.id, id), isNull(customFluids.archivedAt)))
      .returning({ id: customFluids.id, name: customFluids.name });
    if (!row) throw new AppError("not_found", "Fluid not found");
    await recordAudit(tx, auditContext(ctx), {
      action: "fluid.archive",
      resourceType: "fluid",
      resourceId: id,
      changes: { name: row.name },
    });
  });
}
