import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyForwarding, compileTrustedProxies } from "./forwarding";

// A real HTTP server in front of an echo handler: what the app would see after the server
// rewrote the forwarding headers of a request that arrived over loopback.
let server: Server | undefined;

async function seenBehind(trusted: string[], headers: Record<string, string>) {
  const trust = compileTrustedProxies(trusted);
  server = createServer((req, res) => {
    applyForwarding(req, trust);
    res.end(JSON.stringify(req.headers));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise<Record<string, string | undefined>>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(JSON.parse(body) as Record<string, string | undefined>));
    });
    req.on("error", reject);
    req.end();
  });
}

afterEach(async () => {
  const running = server;
  server = undefined;
  if (running) await new Promise((resolve) => running.close(resolve));
});

const SPOOFED = {
  "x-forwarded-for": "203.0.113.7, 198.51.100.2",
  "x-forwarded-proto": "evil",
  "x-forwarded-host": "evil.invalid",
  "x-real-ip": "203.0.113.8",
  forwarded: "for=203.0.113.9;proto=https",
};

describe("applyForwarding", () => {
  it("with no trusted proxies, the socket's address and protocol win over anything the client claims", async () => {
    const seen = await seenBehind([], SPOOFED);
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-proto"]).toBe("http");
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen["x-real-ip"]).toBeUndefined();
    expect(seen.forwarded).toBeUndefined();
  });

  it("behind a trusted proxy, the first untrusted hop from the right is the client", async () => {
    const seen = await seenBehind(["loopback", "198.51.100.0/24"], { ...SPOOFED, "x-forwarded-proto": "https" });
    expect(seen["x-forwarded-for"]).toBe("203.0.113.7");
    expect(seen["x-forwarded-proto"]).toBe("https");
    expect(seen["x-forwarded-host"]).toBe("evil.invalid");
  });

  it("a client cannot prepend its own hops in front of a trusted proxy's", async () => {
    const seen = await seenBehind(["loopback"], { "x-forwarded-for": "10.9.9.9, 203.0.113.7" });
    expect(seen["x-forwarded-for"]).toBe("203.0.113.7");
  });

  it("a protocol other than http or https is ignored even from a trusted proxy", async () => {
    const seen = await seenBehind(["loopback"], { "x-forwarded-proto": "evil" });
    expect(seen["x-forwarded-proto"]).toBe("http");
  });

  it("refuses an entry of TRUSTED_PROXIES that is not an address or range", () => {
    expect(() => compileTrustedProxies(["10.0.0.0/99"])).toThrow(/TRUSTED_PROXIES/);
  });
});
