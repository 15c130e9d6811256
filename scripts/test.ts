import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { startEmbeddedPostgres } from "@/db/embedded";

// npm test: format and lint (Biome), unused code (knip), type check, dependency rules, unit + integration (Vitest, embedded Postgres),
// production build, API + browser tests (Playwright, system Chromium). Ends with one line
// `N passed, N failed, N skipped` summing every suite.
const OUT = ".test-data";
mkdirSync(OUT, { recursive: true });

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);

function selected(name: string): boolean {
  return only.length === 0 || only.includes(name);
}

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  if (!selected(name)) return true;
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(name: string, command: string, args: string[]) {
  const ok = step(name, command, args);
  if (only.length > 0 && !only.includes(name)) return;
  if (ok) total.passed += 1;
  else total.failed += 1;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

const bin = (name: string) => `node_modules/.bin/${name}`;

check("format-and-lint", bin("biome"), ["ci", "."]);
check("unused-code", bin("knip"), ["--no-progress"]);
check("typecheck", bin("tsc"), ["--noEmit", "-p", "."]);
check("dependency-rules", bin("depcruise"), [
  "app",
  "lib",
  "db",
  "components",
  "scripts",
  "proxy.ts",
  "--config",
  ".dependency-cruiser.cjs",
]);

const vitestJson = `${OUT}/vitest.json`;
rmSync(vitestJson, { force: true });
const pgDir = `${OUT}/vitest-postgres`;
rmSync(pgDir, { recursive: true, force: true });
const pg = selected("vitest")
  ? await startEmbeddedPostgres({ dataDir: pgDir, port: Number(process.env.TEST_PG_PORT ?? 24340), ephemeral: true })
  : null;
const vitestOk = step("vitest", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], {
  TEST_PG_URL: pg?.url("postgres") ?? "",
});
await pg?.stop();
type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
};
const vitest = readJson<VitestReport>(vitestJson);
if (vitest) {
  total.passed += vitest.numPassedTests;
  // A suite that fails before its tests run (setup, import) fails them all, not skips them.
  total.failed += vitest.numFailedTests > 0 ? vitest.numFailedTests : vitest.numFailedTestSuites > 0 ? vitest.numPendingTests || 1 : 0;
  if (vitest.numFailedTests > 0 || vitest.numFailedTestSuites === 0) total.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (!vitestOk && (!vitest || (vitest.numFailedTests === 0 && vitest.numFailedTestSuites === 0))) total.failed += 1;

const built = step("build", bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
if (only.length === 0 || only.includes("build")) {
  if (built) total.passed += 1;
  else total.failed += 1;
}

if (built) {
  const playwrightJson = `${OUT}/playwright.json`;
  rmSync(playwrightJson, { force: true });
  const e2eOk = step("playwright", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
  const e2e = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(playwrightJson);
  if (e2e) {
    total.passed += e2e.stats.expected + e2e.stats.flaky;
    total.failed += e2e.stats.unexpected;
    total.skipped += e2e.stats.skipped;
  }
  if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) total.failed += 1;
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
