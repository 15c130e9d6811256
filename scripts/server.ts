import { createServer } from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { applyForwarding, compileTrustedProxies, markForwardingResolved } from "@/lib/http/forwarding";

// The AeroSpec web server: Next.js behind one Node HTTP server that alone sees the socket, so
// the client address and protocol come from the connection (or a configured proxy), never
// from headers a client made up. `npm start` runs it; so should any deployment.
const dev = process.argv.includes("--dev");
// The TypeScript loader (tsx) turns on Node's source-map support for every module, and a
// production server would then read and keep the source map of each server chunk Next
// loads: 140 MB of heap the garbage collector walks on every full collection. Stack traces of
// a production build name chunk lines, as under `next start`; development keeps source maps.
if (!dev) process.setSourceMapsEnabled(false);
const port = Number(process.env.PORT ?? 3000);

const trust = compileTrustedProxies(env().TRUSTED_PROXIES);
markForwardingResolved();

const app = next({ dev, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  applyForwarding(req, trust);
  void handle(req, res);
});
// Idle keep-alive connections are closed by the client or the proxy in front, never by us first:
// a server that closes a socket the moment a client reuses it answers that request with a reset.
// (Load balancers keep idle connections for 60 s; Node's default is 5 s.)
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => console.log(`  ▲ AeroSpec ${dev ? "(development) " : ""}listening on port ${port}`));

function shutdown() {
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
