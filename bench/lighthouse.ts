import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { benchPorts, signInDemoAdmin, startBenchServer } from "./server";

// npm run bench:lighthouse — Lighthouse 12 on a production build (embedded Postgres, demo data,
// Debian Chromium): the landing page with the mobile profile, the dashboard, the configuration
// list and the configuration editor signed in with the desktop profile. Prints performance and
// accessibility scores, LCP, TBT and CLS per page against the targets (performance ≥ 95,
// accessibility 100, LCP < 1 s desktop / < 2.5 s mobile, TBT < 200 ms, CLS < 0.05).
const ports = benchPorts({ port: 3870, pgPort: 54395, stripePort: 3879 });
const CHROME = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!CHROME) throw new Error("No Chromium: install Debian's chromium or set CHROMIUM_PATH");

type Page = { path: string; profile: "mobile" | "desktop"; signedIn: boolean };
const PAGES: Page[] = [
  { path: "/", profile: "mobile", signedIn: false },
  { path: "/app", profile: "desktop", signedIn: true },
  { path: "/configurations", profile: "desktop", signedIn: true },
  { path: "/configurations/new", profile: "desktop", signedIn: true },
];

// `npm run bench:lighthouse -- / /app` measures only the pages named.
const only = process.argv.slice(2);
const measured = only.length > 0 ? PAGES.filter((p) => only.includes(p.path)) : PAGES;

const server = await startBenchServer(ports);
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
try {
  const cookie = await signInDemoAdmin(server.base);
  console.log("page                 profile  perf  a11y   LCP ms  TBT ms    CLS");
  for (const page of measured) {
    const url = `${server.base}${page.path}`;
    // One run to warm the server's caches, the second is measured.
    let result: Awaited<ReturnType<typeof lighthouse>> | undefined;
    for (let run = 0; run < 2; run++) {
      result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: page.signedIn ? { cookie } : undefined,
        },
        page.profile === "desktop" ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined,
      );
    }
    const lhr = result!.lhr;
    if (process.env.LIGHTHOUSE_OPPORTUNITIES) {
      // Where the time goes: the scripts that cost the most main-thread time, and what is unused.
      type Item = { url?: string; total?: number; scripting?: number; wastedBytes?: number; group?: string; duration?: number };
      const items = (id: string) => ((lhr.audits[id]?.details as { items?: Item[] } | undefined)?.items ?? []).slice(0, 6);
      for (const i of items("bootup-time"))
        console.log(`    script ${i.url?.slice(-60)}: ${i.total?.toFixed(0)} ms (${i.scripting?.toFixed(0)} scripting)`);
      for (const i of items("mainthread-work-breakdown")) console.log(`    main thread ${i.group}: ${i.duration?.toFixed(0)} ms`);
      for (const i of items("unused-javascript"))
        console.log(`    unused ${i.url?.slice(-60)}: ${((i.wastedBytes ?? 0) / 1024).toFixed(0)} KiB`);
    }
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    console.log(
      `${page.path.padEnd(20)} ${page.profile.padEnd(8)} ${String(score("performance")).padStart(4)}  ${String(score("accessibility")).padStart(4)}  ${metric("largest-contentful-paint").toFixed(0).padStart(7)}  ${metric("total-blocking-time").toFixed(0).padStart(6)}  ${metric("cumulative-layout-shift").toFixed(3).padStart(5)}`,
    );
    const failing = Object.values(lhr.audits).filter(
      (a) => a.score !== null && a.score < 1 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
    );
    for (const audit of failing) {
      console.log(`    accessibility: ${audit.title}`);
      const items = (audit.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? [];
      for (const item of items.slice(0, 3)) if (item.node?.snippet) console.log(`      ${item.node.snippet.slice(0, 160)}`);
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
}
