import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string };
type Reply = { status: number; body?: string } | "hang";

/**
 * A local webhook receiver on loopback for tests: records every request and answers with the
 * replies queued by `reply` (then 200).
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const replies: Reply[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const reply = replies.shift() ?? { status: 200, body: "ok" };
      if (reply === "hang") return;
      res.writeHead(reply.status, { "content-type": "text/plain" }).end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    reply: (...next: Reply[]) => void replies.push(...next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
