import { notFound } from "./api-error";

/** The stored object with this ID, or Stripe's 404 `resource_missing` error. */
export function findOr404<T>(map: Map<string, T>, id: string, noun: string, param = "id"): T {
  const found = map.get(id);
  if (found === undefined) throw notFound(noun, id, param);
  return found;
}

/** Stored objects newest first, the order of every Stripe list. */
export function newestFirst<T>(map: Map<string, T>): T[] {
  return [...map.values()].reverse();
}
