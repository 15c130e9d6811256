import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** `METHOD /api/…/[param]` for every handler exported by a route.ts under app/api, sorted. */
export function listRouteHandlers(): string[] {
  const root = path.resolve(import.meta.dirname, "../app/api");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
  return files
    .flatMap((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      const methods = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
      for (const m of source.matchAll(/export\s+const\s+\{([^}]+)\}/g)) for (const name of m[1]!.split(",")) methods.add(name.trim());
      const route = `/api/${path.dirname(file).split(path.sep).join("/")}`.replace(/\/\.$/, "");
      return [...methods].map((method) => `${method} ${route}`);
    })
    .sort();
}
