import type { ServerResponse } from "node:http";
import { ControlError } from "../emulator-controls";
import type { EmulatorControls } from "../emulator-types";
import { controlRoutes } from "./control-routes";
import { sendJson } from "./http-io";
import { matchRoute } from "./router";

function parseJson(body: string): Record<string, unknown> {
  if (!body.trim()) return {};
  const value: unknown = JSON.parse(body);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ControlError(400, "expected a JSON object");
  return value as Record<string, unknown>;
}

/** Serves `/_emulator/*`. Errors answer `{ error: { message } }`. */
export async function handleControl(
  controls: EmulatorControls,
  method: string,
  path: string,
  body: string,
  res: ServerResponse,
): Promise<void> {
  const match = matchRoute(controlRoutes, method, path);
  if (!match) return sendJson(res, 404, { error: { message: `No emulator control at ${method} ${path}` } });
  try {
    sendJson(res, 200, await match.handler(controls, parseJson(body), match.params));
  } catch (error) {
    const status = error instanceof ControlError ? error.status : error instanceof SyntaxError ? 400 : 500;
    sendJson(res, status, { error: { message: error instanceof Error ? error.message : String(error) } });
  }
}
