import { readFile } from "node:fs/promises";
import path from "node:path";

export const dynamic = "force-static";

// The browser bundle of @scalar/api-reference, served from our own origin.
const BUNDLE = path.join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js");

// GET /docs/api/reference.js — the API reference page's script
export async function GET() {
  return new Response(await readFile(BUNDLE), {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
