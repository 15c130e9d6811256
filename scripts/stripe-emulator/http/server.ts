import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { handleApiCall } from "../api/api-dispatch";
import { apiRoutes } from "../api/routes";
import type { Ctx } from "../core/context";
import type { EmulatorControls } from "../emulator-types";
import { handleControl } from "./control-handler";
import { readBody, send, sendJson } from "./http-io";
import { handlePage } from "./page-handler";

async function route(ctx: Ctx, controls: EmulatorControls, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  const method = req.method ?? "GET";
  const body = await readBody(req);
  if (url.pathname.startsWith("/v1/")) {
    const reply = handleApiCall(ctx, apiRoutes, { method, path: url.pathname, query: url.search.slice(1), body, headers: req.headers });
    return send(res, reply.status, reply.body, reply.headers);
  }
  if (url.pathname.startsWith("/_emulator/")) return handleControl(controls, method, url.pathname, body, res);
  handlePage(ctx, method, url.pathname, body, res);
}

/** One server for the REST API (/v1), the controls (/_emulator) and the hosted pages. */
export function createEmulatorServer(ctx: Ctx, controls: EmulatorControls): Server {
  return createServer((req, res) => {
    route(ctx, controls, req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (res.headersSent) res.end();
      else sendJson(res, 500, { error: { type: "api_error", message } });
    });
  });
}
