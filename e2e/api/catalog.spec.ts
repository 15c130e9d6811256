import { expect, test } from "@playwright/test";
import { type Account, expectError, signUp } from "../support";

let member: Account;
test.beforeAll(async () => {
  member = await signUp();
});

test("GET /api/actuators pages the seeded catalog with filters", async () => {
  const res = await member.client.get("/api/actuators?supplier=spencer&limit=10");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: { sku: string; supplier: string; priceUsd: string }[]; nextCursor: string | null };
  expect(body.items).toHaveLength(10);
  expect(body.items.every((i) => i.supplier === "spencer" && i.sku.startsWith("SPENC-"))).toBe(true);
  expect(body.nextCursor).toEqual(expect.any(String));
  const next = (await (
    await member.client.get(`/api/actuators?supplier=spencer&limit=10&cursor=${body.nextCursor}`)
  ).json()) as typeof body;
  expect(next.items[0]!.sku > body.items[9]!.sku).toBe(true);
});

test("GET /api/fluids lists the library", async () => {
  const body = (await (await member.client.get("/api/fluids?q=water")).json()) as { fluids: { slug: string; source: string }[] };
  expect(body.fluids.map((f) => f.slug)).toContain("water");
  expect(body.fluids.every((f) => f.source.length > 0)).toBe(true);
});

for (const [query, field] of [
  ["sprayType=garden_hose", "sprayType"],
  ["limit=0", "limit"],
  ["orificeMinMm=-1", "orificeMinMm"],
  ["inStock=maybe", "inStock"],
  ["color=red", ""],
] as const) {
  test(`GET /api/actuators?${query} → 422`, async () => {
    const error = await expectError(await member.client.get(`/api/actuators?${query}`), 422, "validation_failed");
    if (field) expect(error.details).toEqual([expect.objectContaining({ path: field })]);
  });
}

test("the catalog needs a session", async ({ request }) => {
  await expectError(await request.get("/api/actuators"), 401, "unauthorized");
  await expectError(await request.get("/api/fluids"), 401, "unauthorized");
});
