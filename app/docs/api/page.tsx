import type { Metadata } from "next";
import { headers } from "next/headers";

export const metadata: Metadata = { title: "API reference" };

// The interactive reference (Scalar) of /api/openapi.json, its script served by AeroSpec itself
// (reference.js) so the page needs no third-party origin and runs under the nonce CSP.
const CONFIGURATION = JSON.stringify({ url: "/api/openapi.json", withDefaultFonts: false, hideClientButton: true, telemetry: false });

export default async function ApiReferencePage() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <>
      <script id="api-reference" data-url="/api/openapi.json" data-configuration={CONFIGURATION} nonce={nonce} type="application/json" />
      <script src="/docs/api/reference.js" nonce={nonce} />
    </>
  );
}
