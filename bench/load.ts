import { Agent, request } from "node:http";
import autocannon from "autocannon";

/** What one load run saw: how many answers in how long, each one's latency (ms), the non-200s. */
export type LoadSample = { requests: number; seconds: number; latencies: number[]; errors: number };

/** Closed loop: `connections` clients each sending the next request as soon as the last one answered. */
export async function measureMax(url: string, headers: Record<string, string>, connections: number, seconds: number): Promise<LoadSample> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, headers, connections, duration: seconds }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status !== 200) errors += 1;
      latencies.push(responseTime);
    });
  });
  return { requests: result.requests.total, seconds: (performance.now() - started) / 1000, latencies, errors: errors + result.errors };
}

function send(url: string, headers: Record<string, string>, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Open loop at a fixed rate: one request every 1/rate s, evenly spaced (autocannon's overallRate
 * sends each connection's share of a second back to back, a burst at the top of every second).
 * Latency counts from when a request was due, so a queue on the client side is not hidden.
 */
export async function measureAtRate(
  url: string,
  headers: Record<string, string>,
  rate: number,
  connections: number,
  seconds: number,
): Promise<LoadSample> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let errors = 0;
  const started = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send(url, headers, agent).then(
        (status) => {
          if (status !== 200) errors += 1;
          latencies.push(performance.now() - due);
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return { requests: total, seconds: (performance.now() - started) / 1000, latencies, errors };
}
