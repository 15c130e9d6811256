import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { tenants } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { AppError } from "@/lib/http/errors";
import { getStripe } from "./stripe";

/**
 * The Stripe customer balance in the organization's favour (credit) or owed by it (debit):
 * Stripe keeps it as one signed amount, negative for credit, applied to the next invoices.
 */
export type CreditBalance = { creditCents: number; debitCents: number; currency: string };

/** Stripe's signed customer balance, split into what the customer has as credit and what it owes. */
export function toCreditBalance(customer: Pick<Stripe.Customer, "balance" | "currency">): CreditBalance {
  const balance = customer.balance ?? 0;
  return { creditCents: Math.max(-balance, 0), debitCents: Math.max(balance, 0), currency: customer.currency ?? "usd" };
}

/** GET /api/billing/credit: read from Stripe (the balance lives there, moved by prorations and invoices). */
export async function getCreditBalance(tenantId: string): Promise<CreditBalance> {
  const [tenant] = await withTenantTx(tenantId, (tx) =>
    tx.select({ customer: tenants.stripeCustomerId }).from(tenants).where(eq(tenants.id, tenantId)),
  );
  if (!tenant?.customer) return { creditCents: 0, debitCents: 0, currency: "usd" };
  let customer: Stripe.Customer | Stripe.DeletedCustomer;
  try {
    customer = await getStripe().customers.retrieve(tenant.customer);
  } catch {
    throw new AppError("unavailable", "Stripe could not be reached for your account balance. Please try again in a minute.");
  }
  if (customer.deleted) return { creditCents: 0, debitCents: 0, currency: "usd" };
  return toCreditBalance(customer);
}
