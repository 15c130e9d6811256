import { AppError } from "@/lib/http/errors";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// A path under /api/ that no endpoint answers gets the one error body (and its request id), as
// a client of the API expects, rather than the site's HTML page for a missing page.
const noEndpoint = withPublic({}, async ({ req }) => {
  throw new AppError("not_found", `No API endpoint answers ${req.method} ${req.nextUrl.pathname}. The API reference is at /docs/api.`);
});

// GET /api/[...path] — any path without an endpoint: 404 with the error body
export const GET = noEndpoint;
// POST /api/[...path] — any path without an endpoint: 404 with the error body
export const POST = noEndpoint;
// PUT /api/[...path] — any path without an endpoint: 404 with the error body
export const PUT = noEndpoint;
// PATCH /api/[...path] — any path without an endpoint: 404 with the error body
export const PATCH = noEndpoint;
// DELETE /api/[...path] — any path without an endpoint: 404 with the error body
export const DELETE = noEndpoint;
