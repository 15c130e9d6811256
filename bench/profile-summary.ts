import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

// npx tsx bench/profile-summary.ts <file.cpuprofile> [top] [--last=s] — what a V8 CPU profile of the web
// server (AEROSPEC_PROFILE_DIR) spent its time on: self time per function, inclusive time of our
// own functions, and time per package. Bundled frames are mapped back through the build's
// source maps, so `lib/auth/session-token.ts:30` rather than a minified name in a chunk.
type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
type Frame = { key: string; area: string; ours: boolean };

const args = process.argv.slice(2);
const [file, topArg] = args.filter((a) => !a.startsWith("--"));
if (!file) throw new Error("usage: tsx bench/profile-summary.ts <file.cpuprofile> [top] [--last=s | --window=from:to] [--callers=name]");
const TOP = Number(topArg ?? 25);
// --callers=writeBuffer: the call chains (innermost first) that lead to functions matching it.
const CALLERS = args.find((a) => a.startsWith("--callers="))?.slice("--callers=".length);
const CHAIN_DEPTH = 6;
// --last=15: only the final 15 s of the profile (the measured load, without start-up);
// --window=30:15 the 15 s before those (seconds before the end), e.g. a bench's previous line.
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [FROM_US, TO_US] = (option("window") ?? `${option("last") ?? Infinity}:0`).split(":").map((v) => Number(v) * 1e6) as [number, number];
const ROOT = process.cwd();
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const maps = new Map<string, SourceMap | null>();
function sourceMapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    const mapFile = `${fileURLToPath(url)}.map`;
    maps.set(url, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : null);
  }
  return maps.get(url) ?? null;
}

function areaOf(source: string): { area: string; ours: boolean } {
  const modules = source.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = source.slice(modules + "node_modules/".length).split("/");
    return { area: rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!, ours: false };
  }
  if (source.startsWith("node:") || source === "") return { area: source === "" ? "(v8/native)" : "node", ours: false };
  if (source.includes("[turbopack]") || source.includes(".next/")) return { area: "next", ours: false };
  return { area: "ours", ours: true };
}

function resolve(frame: CallFrame): Frame {
  const name = frame.functionName || "(anonymous)";
  if (!frame.url.startsWith("file://")) {
    const special = frame.url === "" && name.startsWith("(");
    return { key: special ? name : `${name} ${frame.url}`, ...(special ? { area: name, ours: false } : areaOf(frame.url)) };
  }
  const map = frame.url.includes("/.next/") ? sourceMapFor(frame.url) : null;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && "originalSource" in entry && entry.originalSource) {
    const url = new URL(entry.originalSource, frame.url);
    const source = url.protocol === "file:" ? path.relative(ROOT, fileURLToPath(url)) : entry.originalSource;
    // Node 20's types lack the mapping's `name` (the original identifier); newer ones have it.
    const original = "name" in entry && typeof entry.name === "string" && entry.name ? entry.name : name;
    return { key: `${original} ${source}:${entry.originalLine + 1}`, ...areaOf(source) };
  }
  const source = path.relative(ROOT, fileURLToPath(frame.url));
  return { key: `${name} ${source}:${frame.lineNumber + 1}`, ...areaOf(source) };
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const frames = new Map(profile.nodes.map((n) => [n.id, resolve(n.callFrame)]));

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const areaSelf = new Map<string, number>();
const areaInclusive = new Map<string, number>();
const chains = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
let total = 0;
let busy = 0;
const elapsed = profile.timeDeltas.reduce((sum, d) => sum + d, 0);
let clock = 0;
profile.samples.forEach((id, i) => {
  clock += profile.timeDeltas[i] ?? 0;
  if (clock < elapsed - FROM_US || clock > elapsed - TO_US) return;
  const us = profile.timeDeltas[i + 1] ?? 0;
  total += us;
  const leaf = frames.get(id)!;
  add(self, leaf.key, us);
  add(areaSelf, leaf.area, us);
  if (leaf.key === "(idle)") return;
  busy += us;
  const keys = new Set<string>();
  const areas = new Set<string>();
  for (let n: number | undefined = id; n !== undefined && byId.has(n); n = parent.get(n)) {
    const f = frames.get(n)!;
    keys.add(f.key);
    areas.add(f.ours ? "any of ours" : f.area);
  }
  for (const k of keys) add(inclusive, k, us);
  if (CALLERS) addChain(id, us);
  for (const a of areas) add(areaInclusive, a, us);
});

function addChain(leaf: number, us: number): void {
  let n: number | undefined = leaf;
  while (n !== undefined && !frames.get(n)!.key.includes(CALLERS!)) n = parent.get(n);
  const chain: string[] = [];
  for (; n !== undefined && byId.has(n) && chain.length < CHAIN_DEPTH; n = parent.get(n)) chain.push(frames.get(n)!.key);
  if (chain.length > 0) add(chains, chain.join("\n           ← "), us);
}

const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(1).padStart(5)}%`;
function table(title: string, m: Map<string, number>, of: number, filter: (k: string) => boolean = () => true): void {
  console.log(`\n${title}`);
  for (const [k, v] of [...m]
    .filter(([k]) => filter(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)) {
    console.log(`  ${pct(v, of)}  ${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
  }
}

const oursKeys = new Set([...frames.values()].filter((f) => f.ours).map((f) => f.key));
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (percentages of busy time)`);
table("self time, by function", self, busy, (k) => k !== "(idle)");
table("self time, by package", areaSelf, busy, (k) => k !== "(idle)");
table("inclusive time, our functions", inclusive, busy, (k) => oursKeys.has(k));
table("inclusive time, other functions", inclusive, busy, (k) => !oursKeys.has(k) && !k.startsWith("("));
table("inclusive time, by package (stack contains)", areaInclusive, busy);
if (CALLERS) table(`call chains into ${CALLERS}`, chains, busy);
