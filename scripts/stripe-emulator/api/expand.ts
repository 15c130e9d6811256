import type { State } from "../core/state";

type Collection = Map<string, object>;

function collectionFor(state: State, id: string): Collection | undefined {
  const byPrefix: Array<[string, Collection]> = [
    ["cus_", state.customers],
    ["sub_", state.subscriptions],
    ["in_", state.invoices],
    ["ii_", state.invoiceItems],
    ["pi_", state.paymentIntents],
    ["ch_", state.charges],
    ["re_", state.refunds],
    ["prod_", state.products],
    ["price_", state.prices],
    ["cs_test_", state.checkoutSessions],
  ];
  return byPrefix.find(([prefix]) => id.startsWith(prefix))?.[1];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function expandPath(state: State, node: unknown, segments: string[]): void {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  if (Array.isArray(node)) {
    for (const element of node) expandPath(state, element, segments);
    return;
  }
  if (!isRecord(node)) return;
  const value = node[head];
  if (typeof value === "string") {
    const found = collectionFor(state, value)?.get(value);
    if (found) node[head] = structuredClone(found);
  }
  expandPath(state, node[head], rest);
}

/**
 * A copy of `value` with each `expand[]` path (`latest_invoice`, `data.subscription`,
 * `items.data.price.product`, …) replaced by the object its ID names.
 */
export function expand(state: State, value: object, paths: string[]): object {
  const copy = structuredClone(value);
  for (const path of paths) expandPath(state, copy, path.split("."));
  return copy;
}
