import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    maxWorkers: 2,
    globalSetup: ["scripts/vitest/global-setup.ts"],
    setupFiles: ["scripts/vitest/setup.ts"],
    testTimeout: 30_000,
    // next-auth imports "next/server" the way Next's bundler resolves it; processed by Vite it
    // loads under Node as well (and a test can stand in for next/headers).
    server: { deps: { inline: ["next-auth"] } },
    hookTimeout: 60_000,
  },
});
