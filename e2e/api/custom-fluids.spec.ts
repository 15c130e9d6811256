import { expect, test } from "@playwright/test";
import { type Account, addMember, expectError, signUp } from "../support";

let a: Account;
let b: Account;
let viewer: Account;
const resin = { name: "Anti-fog coating X", viscosityCp: 12, densityKgM3: 980, surfaceTensionMNm: 30, flashPointC: 35 };

test.beforeAll(async () => {
  a = await signUp();
  b = await signUp();
  viewer = await addMember(a, "viewer");
});

test("a tenant adds its own fluid, sees it next to the library, and archives it", async () => {
  const res = await a.client.post("/api/fluids", { data: resin });
  expect(res.status(), await res.text()).toBe(201);
  const id = (await res.json()).id;
  const listed = await (await a.client.get("/api/fluids?q=anti-fog")).json();
  expect(listed.customFluids.map((f: { id: string }) => f.id)).toEqual([id]);
  expect((await (await b.client.get("/api/fluids")).json()).customFluids).toEqual([]);
  await expectError(await b.client.delete(`/api/fluids/${id}`), 404, "not_found");
  expect((await a.client.delete(`/api/fluids/${id}`)).status()).toBe(204);
  expect((await (await a.client.get("/api/fluids?q=anti-fog")).json()).customFluids).toEqual([]);
});

test("viewers cannot add fluids; bad properties are refused", async () => {
  await expectError(await viewer.client.post("/api/fluids", { data: resin }), 403, "forbidden");
  const error = await expectError(await a.client.post("/api/fluids", { data: { ...resin, densityKgM3: 50 } }), 422, "validation_failed");
  expect(error.details).toEqual([expect.objectContaining({ path: "densityKgM3" })]);
});
