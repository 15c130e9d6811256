import { startEmbeddedPostgres } from "@/db/embedded";

// Starts embedded PostgreSQL on argv[2] (data folder) and argv[3] (port), says "ready", then
// waits to be killed: how a start interrupted by kill -9 leaves its server behind.
await startEmbeddedPostgres({ dataDir: process.argv[2]!, port: Number(process.argv[3]), ephemeral: true });
console.log("ready");
setInterval(() => {}, 1_000);
