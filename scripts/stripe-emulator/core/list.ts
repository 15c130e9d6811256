import { invalidRequest } from "./api-error";
import type { Params } from "./params";
import type { ListRecord } from "./records";

function indexOf<T extends { id: string }>(items: T[], id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw invalidRequest(`No such object: '${id}'`, param, "resource_missing");
  return index;
}

/** A Stripe list page of `items` (already newest first) honouring limit, starting_after and ending_before. */
export function paginate<T extends { id: string }>(items: T[], params: Params, url: string): ListRecord<T> {
  const limit = params.int("limit") ?? 10;
  if (limit < 1 || limit > 100) throw invalidRequest("Invalid limit: must be between 1 and 100.", "limit");
  const endingBefore = params.string("ending_before");
  if (endingBefore) {
    const window = items.slice(0, indexOf(items, endingBefore, "ending_before"));
    return { object: "list", data: window.slice(Math.max(0, window.length - limit)), has_more: window.length > limit, url };
  }
  const startingAfter = params.string("starting_after");
  const start = startingAfter ? indexOf(items, startingAfter, "starting_after") + 1 : 0;
  return { object: "list", data: items.slice(start, start + limit), has_more: items.length > start + limit, url };
}
