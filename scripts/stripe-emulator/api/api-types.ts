import type { Ctx } from "../core/context";
import type { Params } from "../core/params";
import type { Route } from "../http/router";

export type ApiRequest = {
  /** Body parameters (POST) merged over query parameters. */
  params: Params;
  /** Values captured from the path, e.g. `id`. */
  path: Record<string, string>;
};

/** Returns the object to send (it is expanded per `expand[]`), or throws an ApiError. */
type ApiHandler = (ctx: Ctx, req: ApiRequest) => object;

export type ApiRoute = Route<ApiHandler>;

/** A path value that is always captured by its route pattern. */
export function pathId(req: ApiRequest, name = "id"): string {
  return req.path[name] ?? "";
}
