import { writeFileSync } from "node:fs";
import { buildOpenApiDocument, INTERNAL_INFO } from "@/lib/openapi/document";
import { collectDocumentedRoutes, collectInternalRoutes } from "./openapi-routes";

// npm run openapi: writes docs/openapi.json from the route handlers (served at /api/openapi.json;
// docs/openapi-internal.json for the internal ones, not served;
// scripts/openapi.test.ts fails while the file is out of date).
const { routes, problems } = await collectDocumentedRoutes();
if (problems.length > 0) {
  console.error(`Cannot document every route:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
writeFileSync("docs/openapi.json", `${JSON.stringify(buildOpenApiDocument(routes), null, 2)}\n`);
console.log(`docs/openapi.json: ${routes.length} operations`);
// The internal endpoints' document: never served; the e2e contract check reads it beside the public one.
const internal = await collectInternalRoutes();
writeFileSync("docs/openapi-internal.json", `${JSON.stringify(buildOpenApiDocument(internal, INTERNAL_INFO), null, 2)}\n`);
console.log(`docs/openapi-internal.json: ${internal.length} operations`);
process.exit(0);
