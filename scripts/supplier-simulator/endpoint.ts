import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { SupplierApi } from "./api";
import { close, listen, readBody, send, sendJson } from "./http-io";
import type { SimulatorState } from "./state";
import type { Fault, RequestRecord } from "./types";

// A body cut off mid-way, and a well-formed body of some other API's shape.
const MALFORMED_BODY = '{"result": {"items": [{"sku": "';
const OTHER_SCHEMA = { ok: true, result: { message: "accepted", version: 3 } };

/** One supplier's API on its own port, with its faults, bearer key and request log. */
export class SupplierEndpoint {
  private readonly server: Server;
  private port = 0;
  private fault: Fault | null = null;
  private remaining: number | null = null;
  private held = new Set<ServerResponse>();
  private log: RequestRecord[] = [];

  constructor(
    private readonly api: SupplierApi,
    private readonly state: SimulatorState,
    private readonly apiKey: string,
    private readonly host: string,
  ) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        sendJson(res, 500, this.api.error(500, "internal_error", error instanceof Error ? error.message : String(error)).body);
      });
    });
  }

  async listen(port: number): Promise<number> {
    this.port = await listen(this.server, port, this.host);
    return this.port;
  }

  requests(): RequestRecord[] {
    return this.log.map((entry) => ({ ...entry }));
  }

  async setFault(fault: Fault): Promise<void> {
    await this.clearFault();
    this.fault = fault;
    this.remaining = fault.kind !== "refused" && fault.count !== undefined ? fault.count : null;
    if (fault.kind === "refused") await close(this.server);
  }

  async clearFault(): Promise<void> {
    const wasRefused = this.fault?.kind === "refused";
    this.fault = null;
    this.remaining = null;
    this.releaseHeld();
    if (wasRefused) await listen(this.server, this.port, this.host);
  }

  resetLog(): void {
    this.log = [];
  }

  async close(): Promise<void> {
    this.releaseHeld();
    await close(this.server);
  }

  /** Hung requests end with a dropped connection once the fault is cleared. */
  private releaseHeld(): void {
    for (const res of this.held) res.destroy();
    this.held.clear();
  }

  private takeFault(): Fault | null {
    const fault = this.fault;
    if (fault && this.remaining !== null) {
      this.remaining -= 1;
      if (this.remaining <= 0) {
        this.fault = null;
        this.remaining = null;
      }
    }
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://supplier.local");
    const method = req.method ?? "GET";
    const raw = await readBody(req);
    const fault = this.takeFault();
    this.log.push({ method, path: `${url.pathname}${url.search}`, fault: fault?.kind ?? null, at: Date.now() });
    if (fault?.kind === "hung") {
      this.held.add(res);
      res.on("close", () => this.held.delete(res));
      return;
    }
    if (fault?.kind === "server_error") return sendJson(res, 500, this.api.error(500, "internal_error", "Internal error").body);
    if (fault?.kind === "rate_limited") {
      const reply = this.api.error(429, "rate_limited", "Too many requests");
      return sendJson(res, 429, reply.body, { "Retry-After": String(fault.retryAfterSeconds) });
    }
    if (fault?.kind === "malformed") return send(res, 200, MALFORMED_BODY);
    if (fault?.kind === "wrong_schema") return sendJson(res, 200, OTHER_SCHEMA);
    if (req.headers.authorization !== `Bearer ${this.apiKey}`)
      return sendJson(res, 401, this.api.error(401, "unauthorized", "Unknown API key").body);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return sendJson(res, 400, this.api.error(400, "invalid_json", "The body is not JSON").body);
    }
    const reply = this.api.handle(this.state, { method, url, body, headers: req.headers });
    // A slow supplier does the work, then answers late: a caller that gave up may retry.
    if (fault?.kind === "slow") await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    sendJson(res, reply.status, reply.body, reply.headers);
  }
}
