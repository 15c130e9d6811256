import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { Webhook } from "standardwebhooks";
import { ForbiddenUrlError, guardedLookup, isForbiddenAddress, isProductionGuard } from "./url-guard";

const EXCERPT_CHARS = 500;
const READ_LIMIT_BYTES = 4096;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export type WebhookMessage = { eventId: string; type: string; payload: Record<string, unknown>; timestamp: Date };

/**
 * The Standard Webhooks headers for one message: one `v1,` signature per secret, separated by
 * spaces, so during a rotation a receiver verifying with either secret accepts it.
 */
function signMessage(secrets: string[], message: WebhookMessage): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({ type: message.type, timestamp: message.timestamp.toISOString(), data: message.payload });
  const signatures = secrets.map((secret) => new Webhook(secret).sign(message.eventId, message.timestamp, body));
  return {
    body,
    headers: {
      "webhook-id": message.eventId,
      "webhook-timestamp": String(Math.floor(message.timestamp.getTime() / 1000)),
      "webhook-signature": signatures.join(" "),
    },
  };
}

export type SendResult = {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  excerpt: string | null;
  error: string | null;
};

type SendOptions = { timeoutMs: number; production?: boolean; lookup?: LookupFunction };

function refuse(error: string, started: number): SendResult {
  return { ok: false, status: null, latencyMs: Math.round(performance.now() - started), excerpt: null, error };
}

/** One POST of a signed message: a 2xx in time is delivered; the answer is kept only as an excerpt. */
export async function postWebhook(url: string, secrets: string[], message: WebhookMessage, options: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const production = options.production ?? isProductionGuard();
  const target = new URL(url);
  if (production && target.protocol !== "https:") return refuse("Refused: production endpoints must use https", started);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (production && isIP(host) && isForbiddenAddress(host))
    return refuse("Refused: the address is in a private or reserved range", started);
  const { body, headers } = signMessage(secrets, message);
  const client = target.protocol === "https:" ? https : http;
  return new Promise<SendResult>((resolve) => {
    const done = (result: Omit<SendResult, "latencyMs">) => resolve({ ...result, latencyMs: Math.round(performance.now() - started) });
    const req = client.request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "user-agent": "AeroSpec-Webhooks/1",
          "content-length": Buffer.byteLength(body),
        },
        lookup: guardedLookup({ production, lookup: options.lookup }),
        timeout: options.timeoutMs,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          const status = res.statusCode ?? 0;
          // Text only: Postgres refuses NUL, and the log shows no other control characters either.
          const text = Buffer.concat(chunks).toString("utf8").replace(CONTROL, "").slice(0, EXCERPT_CHARS);
          done({
            ok: status >= 200 && status < 300,
            status,
            excerpt: text || null,
            error: status >= 200 && status < 300 ? null : `HTTP ${status}`,
          });
        };
        res.on("data", (chunk: Buffer) => {
          if (size < READ_LIMIT_BYTES) chunks.push(chunk);
          size += chunk.length;
          // Enough to show why it failed: the rest of a large answer is not read.
          if (size >= READ_LIMIT_BYTES) {
            res.destroy();
            finish();
          }
        });
        res.on("end", finish);
        res.on("error", () => finish());
      },
    );
    const deadline = setTimeout(() => req.destroy(new Error(`No answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    req.on("close", () => clearTimeout(deadline));
    req.on("timeout", () => req.destroy(new Error(`No answer within ${options.timeoutMs} ms`)));
    req.on("error", (error) => {
      const refused = error instanceof ForbiddenUrlError || (error as { cause?: unknown }).cause instanceof ForbiddenUrlError;
      done({ ok: false, status: null, excerpt: null, error: `${refused ? "Refused: " : ""}${error.message}`.slice(0, 500) });
    });
    req.end(body);
  });
}
