import type { State } from "../core/state";

/**
 * Decides one payment attempt by `customer` (null when not known yet). Declined while a queued
 * decline is left for that customer, or else for anyone; each declined attempt uses one up.
 */
export function attemptPayment(state: State, customer: string | null): boolean {
  const own = customer === null ? 0 : (state.customerDeclines.get(customer) ?? 0);
  if (customer !== null && own > 0) {
    state.customerDeclines.set(customer, own - 1);
    return false;
  }
  if (state.declinesRemaining > 0) {
    state.declinesRemaining--;
    return false;
  }
  return true;
}
