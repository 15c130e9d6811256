import { describe, expect, it, vi } from "vitest";
import { createSignInTicket, readSignInTicket } from "./ticket";

const signedIn = {
  userId: "5f0c6f44-3d43-4c59-9a39-0c8f3d1c2a11",
  email: "a@example.test",
  name: "A",
  tenantId: "8a1f0d9e-7f5c-4b7e-9d3a-2c1b0a9f8e7d",
  sessionId: null,
  userVersion: 3,
};

describe("sign-in tickets", () => {
  it("round-trips a ticket signed by this server", () => {
    expect(readSignInTicket(createSignInTicket(signedIn))).toEqual(signedIn);
  });

  it("rejects a ticket whose payload was altered", () => {
    const [payload, signature] = createSignInTicket(signedIn).split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), userVersion: 4 })).toString(
      "base64url",
    );
    expect(readSignInTicket(`${forged}.${signature}`)).toBeNull();
  });

  it("rejects an expired ticket", () => {
    const ticket = createSignInTicket(signedIn);
    vi.useFakeTimers({ now: Date.now() + 61_000 });
    try {
      expect(readSignInTicket(ticket)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([undefined, "", "abc", "a.b.c", 42])("rejects garbage %s", (value) => {
    expect(readSignInTicket(value)).toBeNull();
  });
});
