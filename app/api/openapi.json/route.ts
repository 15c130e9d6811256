import document from "@/docs/openapi.json";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/openapi.json — the OpenAPI 3.1 document of the API, generated from the routes' own zod schemas (npm run openapi)
export const GET = withPublic({}, async () => document);
