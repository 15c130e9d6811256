import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/db/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    pgBaseUrl: string;
  }
}

// One throwaway PostgreSQL server for the run; each worker gets its own database (setup.ts).
export default async function setup(project: TestProject) {
  const dataDir = ".test-data/vitest-postgres";
  rmSync(dataDir, { recursive: true, force: true });
  const port = Number(process.env.TEST_PG_PORT ?? 54340);
  const pg = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
  project.provide("pgBaseUrl", pg.url("postgres"));
  return async () => {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
