import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withPublic } from "./route";

// A handler returns its body; the wrapper answers it under the status the route declares (the
// one the OpenAPI document shows), so a create cannot answer 200 by forgetting to say 201.

const answer = z.object({ id: z.int() });
const get = () => new NextRequest("http://localhost:3000/probe");

describe("the declared success status", () => {
  it("a body goes out under the declared status (201 for a create)", async () => {
    const handler = withPublic({ response: answer, status: 201 }, async () => ({ id: 1 }));
    const res = await handler(get());
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: 1 });
  });

  it("without a declared status a body is a 200", async () => {
    const res = await withPublic({ response: answer }, async () => ({ id: 2 }))(get());
    expect(res.status).toBe(200);
  });

  it("null is a 204 without a body", async () => {
    const res = await withPublic({ status: 204 }, async () => null)(get());
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
  });

  it("a Response the handler made keeps its own status", async () => {
    const res = await withPublic({ response: answer, status: 201 }, async () => Response.json({ id: 3 }, { status: 503 }))(get());
    expect(res.status).toBe(503);
  });
});
