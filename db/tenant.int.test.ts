import net from "node:net";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTenant } from "@/scripts/vitest/factories";
import { tenants } from "./schema";
import { withTenantReadTx, withTenantTx } from "./tenant";

let t: Awaited<ReturnType<typeof createTenant>>;

beforeAll(async () => {
  t = await createTenant();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * The round trips of the pool's connections while `work` runs: each entry is what they wrote
 * before the server's next answer arrived (writes in between are one round trip).
 */
async function roundTripsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const trips: string[] = [];
  let answered = true;
  const { write, emit } = net.Socket.prototype;
  vi.spyOn(net.Socket.prototype, "write").mockImplementation(function (this: net.Socket, ...args: Parameters<net.Socket["write"]>) {
    const text = Buffer.from(args[0] as Uint8Array).toString("latin1");
    if (answered) trips.push(text);
    else trips[trips.length - 1] += text;
    answered = false;
    return write.apply(this, args);
  });
  vi.spyOn(net.Socket.prototype, "emit").mockImplementation(function (this: net.Socket, event: string | symbol, ...rest: unknown[]) {
    if (event === "data") answered = true;
    return emit.apply(this, [event, ...rest] as Parameters<net.Socket["emit"]>);
  });
  await work();
  vi.restoreAllMocks();
  return trips;
}

// Prepared: postgres.js sends a statement it has not prepared together with a request to
// describe it, and binds it only once the answer is back (a round trip of its own).
const readName = () =>
  withTenantTx(t.tenantId, (tx) =>
    tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, t.tenantId)).prepare("read_tenant_name").execute(),
  );

describe("tenant transactions", () => {
  it("send BEGIN, the tenant context and the first query in one round trip, and COMMIT in the next", async () => {
    for (let i = 0; i < 3; i++) await readName(); // every connection has its statements described
    const trips = await roundTripsDuring(readName);
    expect(trips).toHaveLength(2);
    expect(trips[0]).toMatch(/^Q.{4}begin/s);
    expect(trips[0]).toContain("aerospec_app");
    // Bound twice: the tenant context, then the query.
    expect(trips[0]!.split(t.tenantId)).toHaveLength(3);
    expect(trips[1]).not.toContain(t.tenantId);
  });

  it("a failing statement among the pipelined ones rolls the transaction back, and its connection serves the next", async () => {
    const failing = withTenantTx(t.tenantId, async (tx) => {
      await tx.update(tenants).set({ name: "Renamed inside a failed transaction" }).where(eq(tenants.id, t.tenantId));
      await tx.execute(sql`select 1 / 0`);
    });
    await expect(failing).rejects.toThrow();
    expect(await readName()).toEqual([{ name: expect.not.stringContaining("Renamed") }]);
  });

  it("a statement from elsewhere never runs inside a transaction whose statements are being pipelined", async () => {
    // One connection, so the outside statement has to wait for the transaction to end.
    const one = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await one`select 1`;
      const seen: string[] = [];
      const inside = one.begin(async (tx) => {
        void tx`select set_config('app.probe', 'inside', true)`.catch(() => {});
        const [row] = await tx<{ v: string }[]>`select pg_sleep(0.1), current_setting('app.probe', true) as v`;
        seen.push(`transaction: ${row!.v}`);
      });
      const outside = (async () => {
        await new Promise((resolve) => setImmediate(resolve));
        const [row] = await one<{ v: string | null }[]>`select nullif(current_setting('app.probe', true), '') as v`;
        seen.push(`outside: ${row!.v}`);
      })();
      await Promise.all([inside, outside]);
      expect(seen).toEqual(["transaction: inside", "outside: null"]);
    } finally {
      await one.end();
    }
  });

  it("many concurrent transactions on a small pool each see their own context", async () => {
    const small = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
    try {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          small.begin(async (tx) => {
            void tx`select set_config('app.probe', ${String(i)}, true)`.catch(() => {});
            const [first] = await tx<{ v: string }[]>`select current_setting('app.probe') as v`;
            const [second] = await tx<{ v: string }[]>`select current_setting('app.probe') as v`;
            return [first!.v, second!.v];
          }),
        ),
      );
      expect(results).toEqual(Array.from({ length: 40 }, (_, i) => [String(i), String(i)]));
    } finally {
      await small.end();
    }
  });
});

describe("read-only tenant transactions", () => {
  it("see the tenant's rows and refuse every write", async () => {
    const u = await createTenant();
    const names = await withTenantReadTx(t.tenantId, (tx) => tx.select({ id: tenants.id }).from(tenants));
    expect(names).toEqual([{ id: t.tenantId }]);
    const write = withTenantReadTx(t.tenantId, (tx) => tx.update(tenants).set({ name: "Renamed" }).where(eq(tenants.id, t.tenantId)));
    await expect(write).rejects.toMatchObject({ cause: { code: "25006" } }); // read_only_sql_transaction
    expect(await withTenantReadTx(u.tenantId, (tx) => tx.select({ id: tenants.id }).from(tenants))).toEqual([{ id: u.tenantId }]);
  });

  it("answer without waiting for COMMIT, which shares its write with the next transaction's statements", async () => {
    const one = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const read = (i: number) =>
        one.begin("read only", async (tx) => {
          void tx`select set_config('app.probe', ${String(i)}, true)`.catch(() => {});
          const [row] = await tx<{ v: string }[]>`select current_setting('app.probe') as v`;
          return row!.v;
        });
      await Promise.all([read(0), read(0)]); // the statements are described
      const trips = await roundTripsDuring(async () => expect(await Promise.all([read(1), read(2)])).toEqual(["1", "2"]));
      // Two round trips for two transactions: the first one's BEGIN and statements, then its
      // COMMIT (a prepared statement: Bind, Execute) ahead of the second one's BEGIN and
      // statements. Both answered before the second COMMIT was written.
      expect(trips).toHaveLength(2);
      expect(trips.map((trip) => trip.split("begin read only").length - 1)).toEqual([1, 1]);
      expect(trips[1]).toMatch(/^B.*Q.{4}begin read only/s);
    } finally {
      await one.end();
    }
  });

  it("a statement from elsewhere runs after the COMMIT of the transaction that handed its connection on", async () => {
    const one = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await one`select 1`;
      const seen = await Promise.all([
        one.begin("read only", async (tx) => {
          const [row] = await tx<{ v: string }[]>`select set_config('app.probe', 'inside', true) as v`;
          return row!.v;
        }),
        one<{ v: string | null }[]>`select nullif(current_setting('app.probe', true), '') as v`.then(([row]) => row!.v),
      ]);
      expect(seen).toEqual(["inside", null]);
    } finally {
      await one.end();
    }
  });

  it("many concurrent ones on a small pool each see their own context, and a failed one leaves its connection usable", async () => {
    const small = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
    try {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          small
            .begin("read only", async (tx) => {
              void tx`select set_config('app.probe', ${String(i)}, true)`.catch(() => {});
              const [first] = await tx<{ v: string }[]>`select current_setting('app.probe') as v`;
              if (i % 7 === 0) await tx`select 1 / 0`;
              const [second] = await tx<{ v: string }[]>`select current_setting('app.probe') as v`;
              return [first!.v, second!.v];
            })
            .catch(() => "failed"),
        ),
      );
      expect(results).toEqual(Array.from({ length: 40 }, (_, i) => (i % 7 === 0 ? "failed" : [String(i), String(i)])));
      expect(await small<{ v: string | null }[]>`select nullif(current_setting('app.probe', true), '') as v`).toEqual([{ v: null }]);
    } finally {
      await small.end();
    }
  });
});
