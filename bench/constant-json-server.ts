import { createServer } from "node:http";

// A bare node:http server answering the constant JSON of GET /api/health/live, run as its own
// process by bench:api: the floor under which no Next.js route can go on this machine.
const port = Number(process.argv[2] ?? process.env.PORT ?? 3951);
const body = JSON.stringify({ status: "ok" });

createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
  res.end(body);
}).listen(port, () => console.log(`listening on ${port}`));
process.once("SIGTERM", () => process.exit(0));
