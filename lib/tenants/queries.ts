import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { preparedSelect } from "@/db/prepared";
import { invitations, memberships, tenants, users } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import type { Role } from "@/lib/rbac/permissions";

export type Tenant = typeof tenants.$inferSelect;

// Prepared (a statement postgres.js has not prepared costs a round trip to describe it first):
// the app reads its tenant on most requests.
export async function getTenant(db: DbOrTx, tenantId: string): Promise<Tenant | null> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId)).prepare("get_tenant").execute();
  return row ?? null;
}

/** The member's own tenant, read in a transaction of its own (for pages). */
export async function getMemberTenant(member: { tenantId: string }): Promise<Tenant | null> {
  return withTenantTx(member.tenantId, (tx) => getTenant(tx, member.tenantId));
}

// Built once and prepared: it answers GET /api/tenants/members.
const selectMembers = preparedSelect("list_members", (qb) =>
  qb
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, sql.placeholder("tenantId")))
    .orderBy(asc(users.name), asc(users.email)),
);

export async function listMembers(db: DbOrTx, tenantId: string) {
  return selectMembers(db, { tenantId });
}

export async function getMember(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await db
    .select({ membership: memberships, user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  return row ?? null;
}

export async function countMembers(db: DbOrTx, tenantId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(memberships).where(eq(memberships.tenantId, tenantId));
  return row?.count ?? 0;
}

/** Invitations still waiting for an answer (not accepted, not revoked, not expired). */
export function pendingInvitationFilter(tenantId: string) {
  return and(
    eq(invitations.tenantId, tenantId),
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, sql`now()`),
  );
}

export async function listPendingInvitations(db: DbOrTx, tenantId: string) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      lastSentAt: invitations.lastSentAt,
      invitedBy: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(pendingInvitationFilter(tenantId))
    .orderBy(desc(invitations.createdAt))
    .prepare("list_pending_invitations")
    .execute();
}

export async function countPendingInvitations(db: DbOrTx, tenantId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(invitations).where(pendingInvitationFilter(tenantId));
  return row?.count ?? 0;
}

export type UserTenant = { tenantId: string; name: string; slug: string; role: Role };

/** Every tenant a user belongs to — crosses tenants by nature, hence the system transaction. */
export async function listTenantsForUser(userId: string): Promise<UserTenant[]> {
  return withSystemTx((tx) =>
    tx
      .select({ tenantId: tenants.id, name: tenants.name, slug: tenants.slug, role: memberships.role })
      .from(memberships)
      .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(tenants.name)),
  );
}

/** An invitation by its token hash, before any tenant is known (the token is the key). */
export async function findInvitationByTokenHash(tokenHash: string) {
  return withSystemTx(async (tx) => {
    const [row] = await tx
      .select({ invitation: invitations, tenantName: tenants.name })
      .from(invitations)
      .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
      .where(eq(invitations.tokenHash, tokenHash));
    return row ?? null;
  });
}
