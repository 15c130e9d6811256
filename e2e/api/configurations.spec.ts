import { expect, test } from "@playwright/test";
import { type Account, addMember, expectError, signUp } from "../support";

let a: Account;
let b: Account;
let viewer: Account;
let configId: string;

const body = {
  name: "Disinfectant mist",
  fluid: { viscosityCp: 2.5, densityKgM3: 872, surfaceTensionMNm: 24, flashPointC: 21 },
  targets: { flowMlMin: 300, maxPressureBar: 6, coneDeg: 80 },
  tags: ["hygiene"],
};

test.beforeAll(async () => {
  a = await signUp("Config Co");
  b = await signUp("Other Co");
  viewer = await addMember(a, "viewer");
  const res = await a.client.post("/api/configurations", { data: body });
  expect(res.status(), await res.text()).toBe(201);
  configId = (await res.json()).id;
});

test("create, read, list, edit with history, archive", async () => {
  const got = await (await a.client.get(`/api/configurations/${configId}`)).json();
  expect(got).toMatchObject({ name: "Disinfectant mist", version: 1, fluid: { flashPointC: 21 }, modelVersion: expect.any(String) });
  expect(got.compatibleActuators.length).toBeGreaterThan(0);
  expect(got.compatibleActuators[0].flags).toContain("flammable");

  const list = await (await a.client.get("/api/configurations?tag=hygiene")).json();
  expect(list.items.map((i: { id: string }) => i.id)).toContain(configId);

  const put = await a.client.put(`/api/configurations/${configId}`, { data: { status: "complete", tags: ["hygiene", "pilot"] } });
  expect(put.status(), await put.text()).toBe(200);
  const versions = (await (await a.client.get(`/api/configurations/${configId}/versions`)).json()).versions;
  expect(versions[0]).toMatchObject({ version: 2, changes: { status: { from: "draft", to: "complete" } }, changedBy: { id: a.userId } });

  const extra = (await (await a.client.post("/api/configurations", { data: { ...body, name: "To archive" } })).json()).id;
  expect((await a.client.delete(`/api/configurations/${extra}`)).status()).toBe(204);
  const archived = await (await a.client.get("/api/configurations?archived=true")).json();
  expect(archived.items.map((i: { id: string }) => i.id)).toEqual([extra]);
});

test("a viewer reads but cannot create, edit or archive", async () => {
  expect((await viewer.client.get(`/api/configurations/${configId}`)).status()).toBe(200);
  await expectError(await viewer.client.post("/api/configurations", { data: body }), 403, "forbidden");
  await expectError(await viewer.client.put(`/api/configurations/${configId}`, { data: { name: "x" } }), 403, "forbidden");
  await expectError(await viewer.client.delete(`/api/configurations/${configId}`), 403, "forbidden");
});

test("share with edit lets a viewer edit; unshare takes it back; duplicate copies", async () => {
  await expectError(await viewer.client.put(`/api/configurations/${configId}`, { data: { description: "v" } }), 403, "forbidden");
  const share = await a.client.post(`/api/configurations/${configId}/share`, { data: { userId: viewer.userId, permission: "edit" } });
  expect(share.status(), await share.text()).toBe(200);
  const listed = await (await viewer.client.get(`/api/configurations/${configId}/shares`)).json();
  expect(listed.shares).toEqual([expect.objectContaining({ userId: viewer.userId, email: viewer.email, permission: "edit" })]);
  await expectError(await b.client.get(`/api/configurations/${configId}/shares`), 404, "not_found");
  expect((await viewer.client.put(`/api/configurations/${configId}`, { data: { description: "v" } })).status()).toBe(200);
  expect((await a.client.delete(`/api/configurations/${configId}/shares/${viewer.userId}`)).status()).toBe(204);
  await expectError(await viewer.client.put(`/api/configurations/${configId}`, { data: { description: "w" } }), 403, "forbidden");
  const copy = await a.client.post(`/api/configurations/${configId}/duplicate`);
  expect(copy.status()).toBe(201);
  expect(await copy.json()).toMatchObject({ name: "Disinfectant mist (copy)", status: "draft", version: 1 });
});

test("restoring an earlier version adds a new version with the old fields", async () => {
  const created = (await (await a.client.post("/api/configurations", { data: { ...body, name: "Restorable" } })).json()).id;
  expect((await a.client.put(`/api/configurations/${created}`, { data: { name: "Changed" } })).status()).toBe(200);
  const res = await a.client.post(`/api/configurations/${created}/versions/1/restore`);
  expect(res.status(), await res.text()).toBe(200);
  expect(await res.json()).toMatchObject({ name: "Restorable", version: 3 });
  await expectError(await a.client.post(`/api/configurations/${created}/versions/7/restore`), 404, "not_found");
  await expectError(await b.client.post(`/api/configurations/${created}/versions/1/restore`), 404, "not_found");
});

for (const [method, path, data] of [
  ["GET", "", undefined],
  ["PUT", "", { name: "stolen" }],
  ["DELETE", "", undefined],
  ["GET", "/versions", undefined],
  ["POST", "/duplicate", undefined],
  ["POST", "/share", { userId: "00000000-0000-4000-8000-000000000000", permission: "edit" }],
  ["DELETE", "/shares/00000000-0000-4000-8000-000000000000", undefined],
] as const) {
  test(`another tenant gets 404 for ${method} /api/configurations/:id${path}`, async () => {
    await expectError(await b.client.fetch(`/api/configurations/${configId}${path}`, { method, data }), 404, "not_found");
  });
}

test("bad configuration input is refused with the field named", async () => {
  const cases: [unknown, string][] = [
    [{ ...body, name: "" }, "name"],
    [{ ...body, fluid: { ...body.fluid, viscosityCp: 0 } }, "fluid.viscosityCp"],
    [{ ...body, targets: { coneDeg: 45.5 } }, "targets.coneDeg"],
    [{ ...body, extra: true }, ""],
    [{ ...body, fluid: { ...body.fluid, fluidId: "00000000-0000-4000-8000-000000000000" } }, "fluid.fluidId"],
  ];
  for (const [data, path] of cases) {
    const error = await expectError(await a.client.post("/api/configurations", { data }), 422, "validation_failed");
    expect(error.details.some((d) => (d as { path: string }).path === path)).toBe(true);
  }
  await expectError(await a.client.put(`/api/configurations/${configId}`, { data: {} }), 422, "validation_failed");
});

test("export: CSV for members who may export, 403 for a viewer, only the caller's tenant", async () => {
  const res = await a.client.get("/api/configurations/export");
  expect(res.status(), await res.text()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toMatch(/attachment; filename="aerospec-configurations-\d{4}-\d{2}-\d{2}\.csv"/);
  const csv = await res.text();
  expect(csv).toContain("Disinfectant mist");
  expect(await (await b.client.get("/api/configurations/export")).text()).not.toContain("Disinfectant mist");
  await expectError(await viewer.client.get("/api/configurations/export"), 403, "forbidden");
});
