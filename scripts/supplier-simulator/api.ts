import type { IncomingHttpHeaders } from "node:http";
import { z } from "zod";
import { Refusal, type SimulatorState } from "./state";
import type { SupplierName } from "./types";

/** What a supplier API answers; each API renders bodies in its own format. */
export type SupplierReply = { status: number; body: unknown; headers?: Record<string, string> };

type ApiRequest = { method: string; url: URL; body: unknown; headers: IncomingHttpHeaders };

/** One supplier's API: its routes, how it words errors, and its callback body. */
export type SupplierApi = {
  supplier: SupplierName;
  handle(state: SimulatorState, request: ApiRequest): SupplierReply;
  error(status: number, code: string, message: string): SupplierReply;
};

export const quantity = z.number().int().positive().max(100_000);

/** Parses a request body or refuses it with a 422 in the API's words. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Refusal(422, "invalid_request", `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
}

/** Runs a route, turning a Refusal into the API's error body. */
export function answer(api: Pick<SupplierApi, "error">, route: () => SupplierReply): SupplierReply {
  try {
    return route();
  } catch (error) {
    if (error instanceof Refusal) return api.error(error.status, error.code, error.message);
    throw error;
  }
}

export function pathParts(url: URL): string[] {
  return url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
}
