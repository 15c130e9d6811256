import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { RouteDoc } from "@/lib/http/route";
import type { DocumentedRoute } from "@/lib/openapi/document";

// The route handlers under app/api as the OpenAPI document lists them, read off the handlers
// themselves (what the wrapper declared) and the one comment line above each (its summary).

const ROOT = path.resolve(import.meta.dirname, "../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * Paths that are not the product's API, each for a reason: the browser's sign-in flows, AeroSpec
 * staff's own endpoints, the webhooks Stripe and the suppliers call us with, the local mailbox, health checks, the document,
 * and the answer to a path that no endpoint answers.
 */
export const INTERNAL_PREFIXES = [
  "/api/auth/",
  "/api/admin/",
  "/api/webhooks/stripe",
  "/api/webhooks/suppliers/",
  "/api/dev/",
  "/api/health",
  "/api/openapi.json",
  "/api/[...path]",
];

/** Internal handlers the internal document leaves out too: the document itself, and the answer to a path without an endpoint. */
const UNDOCUMENTED = new Set(["/api/openapi.json", "/api/[...path]"]);

const isInternal = (route: string) => INTERNAL_PREFIXES.some((prefix) => route.startsWith(prefix));

/**
 * The text after "— " on the `// METHOD /api/… — …` comment right above the handler's export
 * (with the comment lines that carry it on).
 */
function summaryOf(source: string, method: string): string | null {
  const lines = source.split("\n");
  let at = lines.findIndex((line) => new RegExp(`^export (const|(async )?function) ${method}\\b`).test(line));
  const comment: string[] = [];
  while (at > 0 && lines[at - 1]!.startsWith("//")) comment.unshift(lines[--at]!.replace(/^\/\/\s?/, ""));
  const match = comment[0]?.match(new RegExp(`^${method} \\S+ — (.+)$`));
  return match ? [match[1], ...comment.slice(1)].join(" ").trim() : null;
}

/** What each wrapped handler under app/api declares, internal ones included: `METHOD /api/…` → its doc. */
export async function collectRouteDocs(): Promise<Map<string, RouteDoc>> {
  const files = readdirSync(ROOT, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
  const docs = new Map<string, RouteDoc>();
  for (const file of files.sort()) {
    const routePath = `/api/${path.dirname(file).split(path.sep).join("/")}`;
    const handlers = (await import(path.join(ROOT, file))) as Record<string, { doc?: RouteDoc } | undefined>;
    for (const method of METHODS) {
      const doc = handlers[method]?.doc;
      if (doc) docs.set(`${method} ${routePath}`, doc);
    }
  }
  return docs;
}

/**
 * The wrapped handlers on the internal list, for the internal document (the library's own sign-in
 * handler and the liveness probe are not wrapped, and not in it).
 */
export async function collectInternalRoutes(): Promise<DocumentedRoute[]> {
  const routes: DocumentedRoute[] = [];
  for (const [route, doc] of await collectRouteDocs()) {
    const [method, routePath] = route.split(" ") as [string, string];
    if (!isInternal(routePath) || UNDOCUMENTED.has(routePath)) continue;
    const source = readFileSync(path.join(ROOT, routePath.slice("/api/".length), "route.ts"), "utf8");
    routes.push({ method, path: routePath, summary: summaryOf(source, method) ?? route, doc });
  }
  return routes;
}

/** Every handler of the API (internal ones left out), and the ones that cannot be documented. */
export async function collectDocumentedRoutes(): Promise<{ routes: DocumentedRoute[]; problems: string[] }> {
  const files = readdirSync(ROOT, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
  const routes: DocumentedRoute[] = [];
  const problems: string[] = [];
  for (const file of files.sort()) {
    const routePath = `/api/${path.dirname(file).split(path.sep).join("/")}`;
    if (isInternal(routePath)) continue;
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const handlers = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = handlers[method] as { doc?: RouteDoc } | undefined;
      if (!handler) continue;
      const summary = summaryOf(source, method);
      if (!handler.doc) problems.push(`${method} ${routePath}: not wrapped by withTenant, withStaff, withServiceToken or withPublic`);
      else if (!summary) problems.push(`${method} ${routePath}: no "// ${method} ${routePath} — …" line above the handler`);
      else routes.push({ method, path: routePath, summary, doc: handler.doc });
    }
  }
  return { routes, problems };
}
