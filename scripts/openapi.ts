import { writeFileSync } from "node:fs";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { collectDocumentedRoutes } from "./openapi-routes";

// npm run openapi: writes docs/openapi.json from the route handlers (served at /api/openapi.json;
// scripts/openapi.test.ts fails while the file is out of date).
const { routes, problems } = await collectDocumentedRoutes();
if (problems.length > 0) {
  console.error(`Cannot document every route:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
writeFileSync("docs/openapi.json", `${JSON.stringify(buildOpenApiDocument(routes), null, 2)}\n`);
console.log(`docs/openapi.json: ${routes.length} operations`);
process.exit(0);
