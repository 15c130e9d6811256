import Stripe from "stripe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { PLAN_IDS, PLANS, type PlanId } from "./plans";

let client: Stripe | undefined;
let planPrices: Promise<Map<PlanId, Stripe.Price>> | undefined;

/**
 * The one Stripe client. `STRIPE_API_URL` only changes where the SDK sends requests (the
 * bundled emulator in local runs and tests); the code path is the same as in production.
 */
export function getStripe(): Stripe {
  if (client) return client;
  const { STRIPE_SECRET_KEY, STRIPE_API_URL } = env();
  if (!STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set: billing is unavailable");
  const api = STRIPE_API_URL ? new URL(STRIPE_API_URL) : null;
  client = new Stripe(STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2,
    timeout: 15_000,
    appInfo: { name: "AeroSpec" },
    ...(api && {
      host: api.hostname,
      port: api.port || (api.protocol === "https:" ? 443 : 80),
      protocol: api.protocol === "https:" ? "https" : "http",
    }),
  });
  return client;
}

/** The recurring price of every self-serve plan, found by lookup key and created once if missing. */
function getPlanPrices(): Promise<Map<PlanId, Stripe.Price>> {
  planPrices ??= loadPlanPrices().catch((error: unknown) => {
    planPrices = undefined;
    throw error;
  });
  return planPrices;
}

async function loadPlanPrices(): Promise<Map<PlanId, Stripe.Price>> {
  const stripe = getStripe();
  const sold = PLAN_IDS.filter((id) => PLANS[id].stripeLookupKey !== null);
  const lookupKeys = sold.map((id) => PLANS[id].stripeLookupKey!);
  const existing = await stripe.prices.list({ lookup_keys: lookupKeys, active: true, limit: 100 });
  const prices = new Map<PlanId, Stripe.Price>();
  for (const id of sold) {
    const plan = PLANS[id];
    const found = existing.data.find((p) => p.lookup_key === plan.stripeLookupKey);
    prices.set(
      id,
      found ??
        (await stripe.prices.create(
          {
            currency: plan.currency,
            unit_amount: plan.priceCents!,
            recurring: { interval: "month" },
            lookup_key: plan.stripeLookupKey!,
            product_data: { name: `AeroSpec ${plan.name}`, metadata: { plan: id } },
            metadata: { plan: id },
          },
          { idempotencyKey: `aerospec-price-${plan.stripeLookupKey}-${plan.priceCents}` },
        )),
    );
  }
  return prices;
}

export async function getPlanPriceId(plan: PlanId): Promise<string> {
  const price = (await getPlanPrices()).get(plan);
  if (!price) throw new AppError("validation_failed", `The ${PLANS[plan].name} plan is arranged with sales, not bought online`);
  return price.id;
}

/** Which plan a Stripe price stands for: its lookup key, else its `plan` metadata. */
export function planForPrice(price: Pick<Stripe.Price, "lookup_key" | "metadata"> | null | undefined): PlanId | null {
  if (!price) return null;
  const byKey = PLAN_IDS.find((id) => PLANS[id].stripeLookupKey === price.lookup_key);
  if (byKey) return byKey;
  const meta = price.metadata?.plan;
  return PLAN_IDS.find((id) => id === meta) ?? null;
}
