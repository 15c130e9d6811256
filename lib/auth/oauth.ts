import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Account, User } from "next-auth";
import { getDb } from "@/db/client";
import { oauthAccounts, users } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { TRIAL_DAYS, TRIAL_PLAN } from "@/lib/billing/plans";
import { createTenant } from "@/lib/tenants/lifecycle";
import { openSession, type SignedIn } from "./service";

const NO_META = { ip: null, userAgent: null, requestId: null };

/**
 * OAuth sign-in (providers switched on by env): a linked account, else an existing user with
 * the provider's email (then linked), else a new user with their own trial tenant.
 */
export async function signInWithOAuth(profile: User, account: Account): Promise<SignedIn | null> {
  const db = getDb();
  const [linked] = await db
    .select({ user: users })
    .from(oauthAccounts)
    .innerJoin(users, eq(users.id, oauthAccounts.userId))
    .where(and(eq(oauthAccounts.provider, account.provider), eq(oauthAccounts.providerAccountId, account.providerAccountId)));
  if (linked) return linked.user.isActive ? openSession(linked.user, null, NO_META) : null;

  const email = profile.email?.toLowerCase();
  if (!email) return null;
  const [existing] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  if (existing) {
    if (!existing.isActive) return null;
    await db
      .insert(oauthAccounts)
      .values({ provider: account.provider, providerAccountId: account.providerAccountId, userId: existing.id });
    return openSession(existing, null, NO_META);
  }

  const name = profile.name?.trim() || email.split("@")[0]!;
  const tenantId = randomUUID();
  const user = await withTenantTx(tenantId, async (tx) => {
    const [created] = await tx.insert(users).values({ email, name }).returning();
    await tx
      .insert(oauthAccounts)
      .values({ provider: account.provider, providerAccountId: account.providerAccountId, userId: created!.id });
    await createTenant(
      tx,
      { tenantId, userId: created!.id, ...NO_META },
      {
        id: tenantId,
        name: `${name}'s team`,
        ownerUserId: created!.id,
        plan: TRIAL_PLAN,
        subscriptionStatus: "trialing",
        trialEndsAt: new Date(Date.now() + TRIAL_DAYS * 24 * 60 * 60 * 1000),
        billingEmail: email,
      },
    );
    return created!;
  });
  return openSession(user, tenantId, NO_META);
}
