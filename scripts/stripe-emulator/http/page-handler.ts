import type { ServerResponse } from "node:http";
import { ApiError } from "../core/api-error";
import type { Ctx } from "../core/context";
import { parseForm } from "../core/form-body";
import { Params } from "../core/params";
import { notFoundPage } from "../pages/html";
import { type PageResult, pageRoutes } from "../pages/page-routes";
import { send } from "./http-io";
import { matchRoute } from "./router";

const HTML = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" };

function resolve(ctx: Ctx, method: string, path: string, body: string): PageResult {
  const match = matchRoute(pageRoutes, method, path);
  if (!match) return { type: "html", status: 404, html: notFoundPage(`Nothing at ${path}.`) };
  try {
    return match.handler(ctx, match.params, new Params(parseForm(body)));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { type: "html", status: error.status, html: notFoundPage(error.body.message) };
  }
}

/** Serves a hosted page: HTML, a 303 redirect after a form POST, or an invoice PDF. */
export function handlePage(ctx: Ctx, method: string, path: string, body: string, res: ServerResponse): void {
  const result = resolve(ctx, method, path, body);
  if (result.type === "redirect") send(res, 303, "", { Location: result.location, "Cache-Control": "no-store" });
  else if (result.type === "pdf") send(res, 200, result.body, { "Content-Type": "application/pdf" });
  else send(res, result.status, result.html, HTML);
}
