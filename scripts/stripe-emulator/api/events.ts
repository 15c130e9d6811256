import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import type { Params } from "../core/params";
import type { EventRecord } from "../core/records";
import { type ApiRoute, pathId } from "./api-types";

/** `type` may end in `*` (`invoice.*`); `types[]` lists exact types. */
function matches(event: EventRecord, params: Params): boolean {
  const type = params.string("type");
  const types = params.strings("types");
  if (types.length > 0 && !types.includes(event.type)) return false;
  if (type === undefined) return true;
  return type.endsWith("*") ? event.type.startsWith(type.slice(0, -1)) : event.type === type;
}

export const eventRoutes: ApiRoute[] = [
  { method: "GET", pattern: "/v1/events/:id", handler: (ctx, req) => findOr404(ctx.state.events, pathId(req), "event") },
  {
    method: "GET",
    pattern: "/v1/events",
    handler: (ctx, { params }) =>
      paginate(
        newestFirst(ctx.state.events).filter((event) => matches(event, params)),
        params,
        "/v1/events",
      ),
  },
];
