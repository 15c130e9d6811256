import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

// CPU time spent by the web server and by PostgreSQL (all its processes) under this bench
// process, read from /proc (Linux only). Per request it is a steadier figure than
// throughput on a shared machine: other work steals wall time, not this process tree's CPU time.
export type CpuTimes = { server: number; postgres: number; client: number };

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

type Proc = { pid: number; ppid: number; ms: number; command: string };

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name: state ppid … utime (14th) stime (15th).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    return { pid, ppid: Number(fields[1]), ms: (ticks * 1000) / TICKS_PER_SECOND, command };
  } catch {
    return null; // exited meanwhile
  }
}

const SERVER = /scripts\/server\.ts|bench\/constant-json-server\.ts/;

/** CPU milliseconds so far of the web servers and PostgreSQL processes this process started, and of this process. */
export function cpuTimes(): CpuTimes | null {
  if (!existsSync("/proc/self/stat")) return null;
  const procs = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is Proc => p !== null);
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const times: CpuTimes = { server: 0, postgres: 0, client: process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000 };
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      if (SERVER.test(child.command)) times.server += child.ms;
      else if (/(^|\/)postgres(:| )/.test(child.command)) times.postgres += child.ms;
      walk(child.pid);
    }
  };
  walk(process.pid);
  return times;
}

export function cpuSince(before: CpuTimes | null): CpuTimes | null {
  const after = cpuTimes();
  if (!before || !after) return null;
  return { server: after.server - before.server, postgres: after.postgres - before.postgres, client: after.client - before.client };
}
