import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresError, startEmbeddedPostgres } from "./embedded";

const BASE_PORT = Number(process.env.TEST_PG_PORT ?? 54340) + 30;
const dirs: string[] = [];
const leftovers: number[] = [];

/** A folder the server's own user can enter (it runs as `postgres` when we are root). */
function tempDir(): string {
  mkdirSync(".test-data", { recursive: true });
  const dir = mkdtempSync(path.resolve(".test-data", "embedded-"));
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return path.join(dir, "postgres");
}

afterAll(() => {
  for (const pid of leftovers) {
    try {
      process.kill(pid, "SIGINT");
    } catch {
      // already stopped, as it should be
    }
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("startEmbeddedPostgres", () => {
  it("takes over a data folder whose server was left running by a killed start", async () => {
    const dataDir = tempDir();
    const port = BASE_PORT;
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/vitest/embedded-child.ts", dataDir, String(port)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.once("exit", (code) => reject(new Error(`the first start exited (${code})`)));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const leftoverPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    leftovers.push(leftoverPid);
    expect(() => process.kill(leftoverPid, 0)).not.toThrow();

    const pg = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
    const sql = postgres(pg.url("postgres"), { max: 1, onnotice: () => {} });
    try {
      expect((await sql`select 1 as one`)[0]).toEqual({ one: 1 });
      expect(() => process.kill(leftoverPid, 0)).toThrow();
    } finally {
      await sql.end();
      await pg.stop();
    }
  }, 90_000);

  it("says which port is taken instead of failing with nothing", async () => {
    const port = BASE_PORT + 1;
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
    try {
      const start = startEmbeddedPostgres({ dataDir: tempDir(), port, ephemeral: true });
      await expect(start).rejects.toBeInstanceOf(EmbeddedPostgresError);
      await expect(start).rejects.toThrow(new RegExp(`Port ${port} is taken`));
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 90_000);
});
