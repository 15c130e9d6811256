import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import { startWorker } from "@/lib/jobs/worker";

// npm run worker: the background jobs in a process of their own (set JOBS_IN_PROCESS=false on
// the web processes). Stops gracefully on SIGTERM/SIGINT, finishing the jobs in flight.
const worker = await startWorker(JOB_HANDLERS);
console.log("AeroSpec worker running; Ctrl-C to stop");
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    void worker.stop().then(() => process.exit(0));
  });
}
