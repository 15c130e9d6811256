import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { z } from "zod";
import { accuracyQuerySchema, topConfigurationsQuerySchema, usageQuerySchema } from "@/lib/analytics/schemas";
import { apiKeyUsageSchema, createApiKeySchema, listApiKeysSchema } from "@/lib/api-keys/schemas";
import { listAuditLogsSchema } from "@/lib/audit/schemas";
import { changePasswordSchema, updateProfileSchema } from "@/lib/auth/account-schemas";
import { forgotPasswordSchema, loginSchema, resetPasswordSchema, signupSchema, switchTenantSchema } from "@/lib/auth/schemas";
import { changePlanSchema, listInvoicesSchema, subscribeSchema } from "@/lib/billing/schemas";
import { createCustomFluidSchema, listActuatorsSchema, listFluidsSchema } from "@/lib/catalog/schemas";
import {
  createConfigurationSchema,
  listConfigurationsSchema,
  predictRequestSchema,
  shareConfigurationSchema,
  updateConfigurationSchema,
} from "@/lib/configurations/schemas";
import { listOutboxSchema } from "@/lib/email/schemas";
import { createFeedbackSchema, updateFeedbackSchema } from "@/lib/feedback/schemas";
import { ERROR_STATUS } from "@/lib/http/errors";
import { predictWithModelQuerySchema, trainCustomModelSchema } from "@/lib/ml/custom-models/schemas";
import { createServiceTokenSchema, trainingDataQuerySchema } from "@/lib/ml/schemas";
import { enterprisePlanSchema, listCommissionsSchema, listTenantsSchema, revenueQuerySchema } from "@/lib/platform/schemas";
import {
  approvalDecisionSchema,
  approvalRequestSchema,
  compareRequestSchema,
  confirmReceiptSchema,
  createProcurementSchema,
  listProcurementsSchema,
  updateProcurementSchema,
} from "@/lib/procurement/schemas";
import {
  acceptInvitationSchema,
  deleteTenantSchema,
  inviteMemberSchema,
  updateMemberSchema,
  updateTenantSchema,
} from "@/lib/tenants/schemas";
import {
  createWebhookEndpointSchema,
  listWebhookDeliveriesSchema,
  listWebhookEndpointsSchema,
  rotateWebhookSecretSchema,
  updateWebhookEndpointSchema,
} from "@/lib/webhooks/schemas";
import { BASE_URL } from "../../playwright.config";
import { bodyText, encodeText, type Hints, hostileSegment, type JsonSchema, queryString } from "../fuzz";
import { listRouteHandlers } from "../route-handlers";
import { DEMO, latestEmail, linkIn, login, signUp, uniqueEmail } from "../support";

// Thousands of generated requests over every route under app/api: none may answer 5xx, every
// 4xx JSON answer is the one error body, every JSON answer is no-store.
const TOTAL_REQUESTS = 5_200;
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Caller = "admin" | "staff" | "service" | "anonymous";
type Pool =
  | "configuration"
  | "archivable"
  | "fluid"
  | "procurement"
  | "feedback"
  | "supplier"
  | "user"
  | "invitation"
  | "invoice"
  | "tenant"
  | "version"
  | "token"
  | "authAction"
  | "missingPath"
  | "apiKey"
  | "webhook"
  | "webhookDelivery"
  | "serviceToken"
  | "customModel";

type Route = {
  method: Method;
  /** As the folder under app/api names it: `/api/configurations/[id]/shares/[user_id]`. */
  path: string;
  params?: Record<string, Pool>;
  body?: z.ZodType;
  query?: z.ZodType;
  /** Who calls it; public endpoints that sign in are called signed out, so the session stays put. */
  as?: Caller;
  /** Only input the schema refuses: a valid one would sign in (counting failures per address), sign up or delete the tenant. */
  refusedOnly?: boolean;
  /** Share of the requests, relative to 1; endpoints that hash a password or call Stripe get fewer. */
  weight?: number;
};

const ROUTES: Route[] = [
  { method: "GET", path: "/api/actuators", query: listActuatorsSchema },
  { method: "GET", path: "/api/admin/commissions", query: listCommissionsSchema, as: "staff" },
  { method: "GET", path: "/api/admin/revenue/monthly", query: revenueQuerySchema, as: "staff" },
  { method: "PUT", path: "/api/admin/tenants/[id]/plan", params: { id: "tenant" }, body: enterprisePlanSchema, as: "staff" },
  { method: "DELETE", path: "/api/admin/tenants/[id]/plan", params: { id: "tenant" }, as: "staff", weight: 0.5 },
  { method: "GET", path: "/api/admin/tenants", query: listTenantsSchema, as: "staff" },
  { method: "GET", path: "/api/admin/tenants/[id]", params: { id: "tenant" }, as: "staff", weight: 0.5 },
  { method: "GET", path: "/api/admin/supplier-sync", as: "staff", weight: 0.2 },
  // Each valid one pulls both suppliers' price lists.
  { method: "POST", path: "/api/admin/supplier-sync", as: "staff", weight: 0.05 },
  { method: "GET", path: "/api/admin/service-tokens", as: "staff", weight: 0.2 },
  { method: "POST", path: "/api/admin/service-tokens", body: createServiceTokenSchema, as: "staff", weight: 0.3 },
  { method: "DELETE", path: "/api/admin/service-tokens/[id]", params: { id: "serviceToken" }, as: "staff", weight: 0.3 },
  { method: "GET", path: "/api/ml/training-data", query: trainingDataQuerySchema, as: "service" },
  { method: "GET", path: "/api/analytics/accuracy", query: accuracyQuerySchema },
  { method: "GET", path: "/api/analytics/top-configurations", query: topConfigurationsQuerySchema },
  { method: "GET", path: "/api/analytics/usage", query: usageQuerySchema },
  { method: "GET", path: "/api/api-keys", query: listApiKeysSchema },
  { method: "POST", path: "/api/api-keys", body: createApiKeySchema, weight: 0.5 },
  { method: "DELETE", path: "/api/api-keys/[id]", params: { id: "apiKey" }, weight: 0.3 },
  { method: "GET", path: "/api/api-keys/[id]/usage", params: { id: "apiKey" }, query: apiKeyUsageSchema },
  { method: "GET", path: "/api/audit-logs", query: listAuditLogsSchema },
  { method: "GET", path: "/api/webhooks", query: listWebhookEndpointsSchema },
  { method: "POST", path: "/api/webhooks", body: createWebhookEndpointSchema, weight: 0.3 },
  { method: "GET", path: "/api/webhooks/[id]", params: { id: "webhook" } },
  { method: "PUT", path: "/api/webhooks/[id]", params: { id: "webhook" }, body: updateWebhookEndpointSchema },
  { method: "DELETE", path: "/api/webhooks/[id]", params: { id: "webhook" }, weight: 0.2 },
  { method: "POST", path: "/api/webhooks/[id]/rotate-secret", params: { id: "webhook" }, body: rotateWebhookSecretSchema, weight: 0.5 },
  { method: "POST", path: "/api/webhooks/[id]/test", params: { id: "webhook" }, weight: 0.3 },
  { method: "GET", path: "/api/webhooks/[id]/deliveries", params: { id: "webhook" }, query: listWebhookDeliveriesSchema },
  {
    method: "POST",
    path: "/api/webhooks/[id]/deliveries/[deliveryId]/redeliver",
    params: { id: "webhook", deliveryId: "webhookDelivery" },
    weight: 0.3,
  },
  { method: "GET", path: "/api/auth/[...nextauth]", params: { nextauth: "authAction" }, as: "anonymous", weight: 0.5 },
  { method: "POST", path: "/api/auth/[...nextauth]", params: { nextauth: "authAction" }, as: "anonymous", weight: 0.5 },
  { method: "POST", path: "/api/auth/forgot-password", body: forgotPasswordSchema, as: "anonymous", weight: 0.5 },
  { method: "POST", path: "/api/auth/login", body: loginSchema, as: "anonymous", refusedOnly: true },
  { method: "POST", path: "/api/auth/logout", as: "anonymous", weight: 0.2 },
  { method: "POST", path: "/api/auth/logout-everywhere", as: "anonymous", weight: 0.2 },
  { method: "POST", path: "/api/auth/reset-password", body: resetPasswordSchema, as: "anonymous", weight: 0.3 },
  { method: "POST", path: "/api/auth/signup", body: signupSchema, as: "anonymous", refusedOnly: true },
  { method: "POST", path: "/api/auth/switch-tenant", body: switchTenantSchema, refusedOnly: true, weight: 0.5 },
  { method: "GET", path: "/api/billing/credit", weight: 0.5 },
  { method: "DELETE", path: "/api/billing/cancel", weight: 0.2 },
  { method: "POST", path: "/api/billing/change-plan", body: changePlanSchema, weight: 0.3 },
  { method: "GET", path: "/api/billing/invoices/[id]", params: { id: "invoice" } },
  { method: "GET", path: "/api/billing/invoices", query: listInvoicesSchema },
  { method: "GET", path: "/api/billing/portal-session", weight: 0.2 },
  { method: "POST", path: "/api/billing/resume", weight: 0.2 },
  { method: "POST", path: "/api/billing/subscribe", body: subscribeSchema, weight: 0.3 },
  { method: "GET", path: "/api/billing/subscription", weight: 0.3 },
  { method: "POST", path: "/api/configurations/[id]/duplicate", params: { id: "configuration" } },
  { method: "GET", path: "/api/configurations/[id]", params: { id: "configuration" } },
  { method: "PUT", path: "/api/configurations/[id]", params: { id: "configuration" }, body: updateConfigurationSchema, weight: 2 },
  { method: "DELETE", path: "/api/configurations/[id]", params: { id: "archivable" }, weight: 0.5 },
  { method: "POST", path: "/api/configurations/[id]/unarchive", params: { id: "archivable" }, weight: 0.5 },
  { method: "POST", path: "/api/configurations/[id]/share", params: { id: "configuration" }, body: shareConfigurationSchema },
  { method: "DELETE", path: "/api/configurations/[id]/shares/[user_id]", params: { id: "configuration", user_id: "user" } },
  { method: "GET", path: "/api/configurations/[id]/shares", params: { id: "configuration" } },
  { method: "GET", path: "/api/configurations/[id]/feedback", params: { id: "configuration" } },
  { method: "POST", path: "/api/feedback", body: createFeedbackSchema, weight: 2 },
  { method: "PUT", path: "/api/feedback/[id]", params: { id: "feedback" }, body: updateFeedbackSchema, weight: 2 },
  { method: "DELETE", path: "/api/feedback/[id]", params: { id: "feedback" }, weight: 0.3 },
  { method: "GET", path: "/api/ml/calibration", weight: 0.3 },
  { method: "POST", path: "/api/ml/calibration", weight: 0.2 },
  { method: "GET", path: "/api/ml/custom-models", weight: 0.3 },
  { method: "POST", path: "/api/ml/custom-models/train", body: trainCustomModelSchema, weight: 0.5 },
  { method: "GET", path: "/api/ml/custom-models/[id]", params: { id: "customModel" }, weight: 0.3 },
  { method: "POST", path: "/api/ml/custom-models/[id]/activate", params: { id: "customModel" }, weight: 0.3 },
  { method: "POST", path: "/api/configurations/[id]/versions/[version]/restore", params: { id: "configuration", version: "version" } },
  { method: "GET", path: "/api/configurations/[id]/versions", params: { id: "configuration" } },
  { method: "GET", path: "/api/configurations/export", weight: 0.2 },
  { method: "POST", path: "/api/configurations/predict", body: predictRequestSchema, query: predictWithModelQuerySchema },
  { method: "GET", path: "/api/configurations", query: listConfigurationsSchema, weight: 3 },
  { method: "POST", path: "/api/configurations", body: createConfigurationSchema, weight: 2 },
  { method: "GET", path: "/api/dev/mail", query: listOutboxSchema, as: "anonymous" },
  { method: "PUT", path: "/api/fluids/[id]", params: { id: "fluid" }, body: createCustomFluidSchema },
  { method: "DELETE", path: "/api/fluids/[id]", params: { id: "fluid" }, weight: 0.5 },
  { method: "GET", path: "/api/fluids", query: listFluidsSchema },
  { method: "POST", path: "/api/fluids", body: createCustomFluidSchema, weight: 2 },
  { method: "POST", path: "/api/fluids/sds", weight: 0.5 },
  { method: "GET", path: "/api/health/live", as: "anonymous", weight: 0.1 },
  { method: "GET", path: "/api/[...path]", params: { path: "missingPath" }, weight: 0.1 },
  { method: "POST", path: "/api/[...path]", params: { path: "missingPath" }, weight: 0.1 },
  { method: "PUT", path: "/api/[...path]", params: { path: "missingPath" }, weight: 0.1 },
  { method: "PATCH", path: "/api/[...path]", params: { path: "missingPath" }, weight: 0.1 },
  { method: "DELETE", path: "/api/[...path]", params: { path: "missingPath" }, weight: 0.1 },
  { method: "GET", path: "/api/procurements", query: listProcurementsSchema },
  { method: "POST", path: "/api/procurements", body: createProcurementSchema },
  { method: "GET", path: "/api/procurements/[id]", params: { id: "procurement" } },
  { method: "PUT", path: "/api/procurements/[id]", params: { id: "procurement" }, body: updateProcurementSchema },
  { method: "DELETE", path: "/api/procurements/[id]", params: { id: "procurement" }, weight: 0.3 },
  { method: "POST", path: "/api/procurements/[id]/checkout", params: { id: "procurement" }, weight: 0.3 },
  { method: "GET", path: "/api/procurements/[id]/payment-status", params: { id: "procurement" } },
  { method: "POST", path: "/api/procurements/[id]/receipt", params: { id: "procurement" }, body: confirmReceiptSchema },
  { method: "POST", path: "/api/procurements/[id]/approval", params: { id: "procurement" }, body: approvalRequestSchema },
  { method: "POST", path: "/api/procurements/[id]/decision", params: { id: "procurement" }, body: approvalDecisionSchema },
  // Valid ones ask both suppliers.
  { method: "POST", path: "/api/procurements/compare", body: compareRequestSchema, weight: 0.5 },
  { method: "GET", path: "/api/health", as: "anonymous", weight: 0.1 },
  { method: "GET", path: "/api/openapi.json", as: "anonymous", weight: 0.1 },
  {
    method: "POST",
    path: "/api/tenants/invitations/[key]/accept",
    params: { key: "token" },
    body: acceptInvitationSchema,
    as: "anonymous",
  },
  { method: "POST", path: "/api/tenants/invitations/[key]/resend", params: { key: "invitation" }, weight: 0.5 },
  { method: "DELETE", path: "/api/tenants/invitations/[key]", params: { key: "invitation" }, weight: 0.5 },
  { method: "GET", path: "/api/tenants/invitations", weight: 0.3 },
  { method: "GET", path: "/api/tenants/me", weight: 0.3 },
  { method: "PUT", path: "/api/tenants/me", body: updateTenantSchema },
  { method: "DELETE", path: "/api/tenants/me", body: deleteTenantSchema, refusedOnly: true },
  { method: "PUT", path: "/api/tenants/members/[user_id]", params: { user_id: "user" }, body: updateMemberSchema },
  { method: "GET", path: "/api/users/me", weight: 0.3 },
  { method: "PATCH", path: "/api/users/me", body: updateProfileSchema, weight: 0.5 },
  // A valid one would change the shared admin's password.
  { method: "POST", path: "/api/users/me/password", body: changePasswordSchema, refusedOnly: true, weight: 0.3 },
  { method: "GET", path: "/api/users/me/sessions", weight: 0.3 },
  { method: "DELETE", path: "/api/users/me/sessions/[id]", params: { id: "user" }, weight: 0.3 },
  { method: "POST", path: "/api/users/me/sessions/end-others", weight: 0.1 },
  { method: "DELETE", path: "/api/tenants/members/[user_id]", params: { user_id: "user" }, weight: 0.5 },
  { method: "POST", path: "/api/tenants/members/invite", body: inviteMemberSchema },
  { method: "GET", path: "/api/tenants/members", weight: 0.3 },
  { method: "POST", path: "/api/webhooks/stripe", as: "anonymous" },
  { method: "POST", path: "/api/webhooks/suppliers/[supplier]", params: { supplier: "supplier" }, as: "anonymous" },
];

type FuzzRequest = { route: Route; url: string; method: Method; headers: Record<string, string>; body?: string };
/** A session cookie for the signed-in callers, and the service caller's Authorization header. */
type Callers = Record<Exclude<Caller, "anonymous">, string>;

const b64 = (text: string) => Buffer.from(text).toString("base64url");
const UUID = "0b7e4f0e-5d0c-4a51-9a43-3f1c2b8d9e10";

/** Cursors that decode but must not reach Postgres, and real ones (valid for some sorts only). */
function cursorPool(real: string[]): string[] {
  return [
    ...real,
    b64(JSON.stringify(["1", UUID])),
    b64(JSON.stringify(["2026-01-01T00:00:00.000000Z", "-".repeat(36)])),
    b64(JSON.stringify(["a\u0000", UUID])),
    b64(JSON.stringify(["2026-02-30T00:00:00.000000Z", UUID])),
    b64(`2026-01-01T00:00:00.000000Z|${"-".repeat(36)}`),
    b64(`1|${UUID}`),
    b64(`0000-01-01T00:00:00Z|${UUID}`),
    b64("[]"),
    b64("{}"),
    "%%%",
    "bm90LWEtY3Vyc29y",
  ];
}

let callers: Callers;
let apiKeySecret: string;
let pools: Record<Pool, string[]>;
let hints: Hints;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const admin = await signUp();
  const throwaway = await signUp();
  const staff = await login("staff@aerospec.local", DEMO.password);
  const cookieOf = async (client: typeof admin.client) =>
    (await client.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  // Two service tokens: the first is the service caller's credential, the second may be revoked by the run.
  const serviceTokens: { secret: string; token: { id: string } }[] = [];
  for (const name of ["Fuzz service", "Fuzz service to revoke"]) {
    const res = await staff.post("/api/admin/service-tokens", { data: { name, scopes: ["ml.training_data.read"] } });
    expect(res.status(), await res.text()).toBe(201);
    serviceTokens.push(await res.json());
  }
  callers = { admin: await cookieOf(admin.client), staff: await cookieOf(staff), service: `Bearer ${serviceTokens[0]!.secret}` };

  const configurations: string[] = [];
  for (const name of ["Alpha nozzle", "beta nozzle", "Gamma nozzle", "Delta nozzle"]) {
    const res = await admin.client.post("/api/configurations", {
      data: { name, fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
    });
    expect(res.status(), await res.text()).toBe(201);
    configurations.push(((await res.json()) as { id: string }).id);
  }
  const cursors: string[] = [];
  for (const sort of ["newest", "name", "updated"]) {
    const page = (await (await admin.client.get(`/api/configurations?sort=${sort}&limit=1`)).json()) as { nextCursor: string };
    cursors.push(page.nextCursor);
  }
  const fluid = await admin.client.post("/api/fluids", {
    data: { name: "Fuzz fluid", viscosityCp: 2, densityKgM3: 1000, surfaceTensionMNm: 40 },
  });
  expect(fluid.status(), await fluid.text()).toBe(201);
  const procurements: string[] = [];
  for (const qty of [1, 5]) {
    const res = await admin.client.post("/api/procurements", {
      data: { configurationId: configurations[0], items: [{ sku: "SPENC-FC-0269-060-00000", qty }] },
    });
    expect(res.status(), await res.text()).toBe(201);
    procurements.push(((await res.json()) as { id: string }).id);
  }
  const results: string[] = [];
  for (const pressureBar of [2, 4]) {
    const res = await admin.client.post("/api/feedback", {
      data: { configurationId: configurations[0], actuatorSku: "SPENC-FC-0269-060-00000", testConditions: { pressureBar }, dv50Um: 80 },
    });
    expect(res.status(), await res.text()).toBe(201);
    results.push(((await res.json()) as { id: string }).id);
  }
  const invitee = uniqueEmail("invitee");
  const invitation = await admin.client.post("/api/tenants/members/invite", { data: { email: invitee, role: "user" } });
  expect(invitation.status(), await invitation.text()).toBe(201);
  const token = linkIn(await latestEmail(invitee), /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)
    .split("/")
    .pop()!;

  // The first key's secret is sent as a credential; the others may be revoked by the run.
  const keys: string[] = [];
  for (const name of ["Fuzz credential", "Fuzz key", "Fuzz key to revoke"]) {
    const res = await admin.client.post("/api/api-keys", { data: { name, scopes: ["configurations.read", "configurations.write"] } });
    expect(res.status(), await res.text()).toBe(201);
    const created = (await res.json()) as { secret: string; apiKey: { id: string } };
    keys.push(created.apiKey.id);
    apiKeySecret ??= created.secret;
  }

  // An endpoint on a closed loopback port: deliveries fail fast and stay local.
  const endpoint = await admin.client.post("/api/webhooks", {
    data: { url: "http://127.0.0.1:9/hooks", eventTypes: ["feedback.created"] },
  });
  expect(endpoint.status(), await endpoint.text()).toBe(201);
  const webhookId = ((await endpoint.json()) as { endpoint: { id: string } }).endpoint.id;
  const testEvent = await admin.client.post(`/api/webhooks/${webhookId}/test`);
  expect(testEvent.status(), await testEvent.text()).toBe(202);

  pools = {
    apiKey: keys.slice(1),
    serviceToken: [serviceTokens[1]!.token.id],
    webhook: [webhookId],
    webhookDelivery: [((await testEvent.json()) as { id: string }).id],
    // The last one may be archived; the others stay for the reads and edits.
    configuration: configurations.slice(0, -1),
    archivable: configurations.slice(-1),
    fluid: [((await fluid.json()) as { id: string }).id],
    procurement: procurements,
    feedback: results,
    supplier: ["spencer", "coster", "acme"],
    user: [admin.userId],
    invitation: [((await invitation.json()) as { id: string }).id],
    invoice: [UUID],
    // The fuzzing organization is not on Enterprise: it has no models, any id is someone else's or none.
    customModel: [UUID],
    tenant: [throwaway.tenantId],
    version: ["1", "2", "0", "999999999999", "1e400"],
    token: [token, "a".repeat(43)],
    // Paths near real ones that no endpoint answers (a typo, a segment too many, an old name).
    missingPath: ["configuration", "configurations/x/y/z", "tenants/member", "v1/configurations", "%00", "..%2f..%2fetc", "a".repeat(300)],
    authAction: ["session", "csrf", "providers", "signin", "signout", "callback/ticket", "error", "nope", "session/x", "signin/ticket"],
  };
  const ids = fc.constantFrom(...configurations, admin.userId, admin.tenantId, UUID);
  hints = (key) => {
    if (key === "cursor") return fc.constantFrom(...cursorPool(cursors));
    if (/email/i.test(key)) return fc.oneof(fc.emailAddress(), fc.constant(admin.email));
    if (/Id$|^actor$/.test(key)) return ids;
    return undefined;
  };
});

function segmentFor(pool: Pool): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pools[pool]) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: hostileSegment },
  );
}

function jsonSchemaOf(schema: z.ZodType | undefined): JsonSchema | undefined {
  return schema ? (z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema) : undefined;
}

/** A valid body would have effects the run must not have; one key too many makes every strict schema refuse it. */
function refuse(schema: z.ZodType, body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (!schema.safeParse(parsed).success) return body;
  const spoiled = { ...(parsed as object), unexpected: 1 };
  return schema.safeParse(spoiled).success ? undefined : JSON.stringify(spoiled);
}

function requestsFor(route: Route, count: number, seed: number): FuzzRequest[] {
  const segments = Object.entries(route.params ?? {}).map(([name, pool]) => segmentFor(pool).map((value) => [name, value] as const));
  const contentType = fc.oneof(
    { weight: 20, arbitrary: fc.constant("application/json") },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/json; charset=utf-8",
        "APPLICATION/JSON",
        "multipart/form-data; boundary=x",
        "",
      ),
    },
  );
  const origin = fc.oneof(
    { weight: 30, arbitrary: fc.constant(BASE_URL) },
    { weight: 1, arbitrary: fc.constantFrom("https://evil.example", "null", "") },
  );
  const requestId = fc.oneof(
    { weight: 10, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom("trace-fuzz-12345", "../../etc", "a".repeat(200), "ok") },
  );
  const signedOut = fc.integer({ min: 0, max: 40 }).map((n) => n === 0);
  // Now and then an API key instead of (or besides) the cookie: broken ones, and a real one.
  const credential = fc.oneof(
    { weight: 40, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "Bearer",
        "Bearer  ",
        `Bearer sk_live_${"a".repeat(43)}`,
        "Bearer sk_live_",
        "Bearer ../../etc/passwd",
        "Basic Zm9vOmJhcg==",
        "BEARER real",
        "Bearer real",
      ),
    },
  );
  const arbitrary = fc.record({
    params: fc.tuple(...segments),
    query: route.query || route.method === "GET" ? queryString(jsonSchemaOf(route.query), hints) : fc.constant(""),
    body: route.method === "GET" ? fc.constant(undefined) : bodyText(jsonSchemaOf(route.body), hints),
    contentType,
    origin,
    requestId,
    signedOut,
    credential,
  });
  return fc.sample(arbitrary, { numRuns: count, seed }).flatMap((sample) => {
    let url = route.path;
    for (const [name, value] of sample.params) url = url.replace(url.includes(`[...${name}]`) ? `[...${name}]` : `[${name}]`, value);
    if (sample.query) url += `?${sample.query}`;
    let body = route.body || route.method !== "DELETE" ? sample.body : undefined;
    if (body !== undefined && route.refusedOnly && route.body) body = refuse(route.body, body);
    if (route.refusedOnly && body === undefined) return [];
    const headers: Record<string, string> = {};
    if (sample.origin) headers.origin = sample.origin;
    if (sample.requestId) headers["x-request-id"] = sample.requestId;
    if (body !== undefined && sample.contentType) headers["content-type"] = sample.contentType;
    if (route.path === "/api/webhooks/stripe")
      headers["stripe-signature"] = `t=${Math.floor(Date.now() / 1000)},v1=${encodeText(String(seed)).padEnd(64, "0")}`;
    const caller = route.as ?? "admin";
    if (caller === "service" && !sample.signedOut) headers.authorization = callers.service;
    else if (caller !== "anonymous" && !sample.signedOut) headers.cookie = callers[caller];
    if (sample.credential) headers.authorization = sample.credential.replace(/ real$/i, ` ${apiKeySecret}`);
    return [{ route, url, method: route.method, headers, body }];
  });
}

type Outcome = { request: FuzzRequest; status: number; problem?: string };

const SECURITY_HEADERS = { "x-content-type-options": "nosniff", "x-frame-options": "DENY" };

/** Sends one request and says what is wrong with the answer, if anything. */
async function send(request: FuzzRequest): Promise<Outcome> {
  const res = await fetch(`${BASE_URL}${request.url}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    redirect: "manual",
    signal: AbortSignal.timeout(45_000),
  });
  const text = await res.text();
  const outcome = (problem?: string): Outcome => ({ request, status: res.status, problem: problem && `${problem}: ${text.slice(0, 300)}` });
  if (res.status >= 500) return outcome(`status ${res.status}`);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (res.headers.get(name) !== value) return outcome(`missing ${name}`);
  const requestId = res.headers.get("x-request-id");
  if (!requestId) return outcome("missing x-request-id");
  if (!/^application\/json\b/.test(res.headers.get("content-type") ?? "")) return outcome();
  if (!/\bno-store\b/.test(res.headers.get("cache-control") ?? "")) return outcome("JSON answer without Cache-Control: no-store");
  if (res.status < 400) return outcome();
  let body: { error?: { code?: string; message?: unknown; details?: unknown; requestId?: unknown } };
  try {
    body = JSON.parse(text);
  } catch {
    return outcome("4xx JSON that does not parse");
  }
  const error = body.error;
  const code = error?.code as keyof typeof ERROR_STATUS | undefined;
  if (!error || !code || ERROR_STATUS[code] !== res.status) return outcome(`4xx without the error body (or a code for another status)`);
  if (typeof error.message !== "string" || error.message.length === 0 || !Array.isArray(error.details))
    return outcome("error body without message or details");
  if (error.requestId !== requestId) return outcome("error body with another request id");
  return outcome();
}

async function sendAll(requests: FuzzRequest[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      try {
        outcomes.push(await send(request));
      } catch (error) {
        outcomes.push({ request, status: 0, problem: `no answer: ${(error as Error).message}` });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

test("the fuzz table covers every route handler under app/api", () => {
  expect(ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(listRouteHandlers().sort());
});

test(`${TOTAL_REQUESTS} generated bad requests: no 5xx, every 4xx JSON is the error body, every JSON answer is no-store`, async () => {
  test.setTimeout(180_000);
  test.info().annotations.push({ type: "seed", description: `FUZZ_SEED=${SEED}` });
  const weights = ROUTES.reduce((sum, r) => sum + (r.weight ?? 1), 0);
  const requests = ROUTES.flatMap((route, i) => requestsFor(route, Math.ceil((TOTAL_REQUESTS * (route.weight ?? 1)) / weights), SEED + i));
  // Shuffled (by seed) so reads, writes and refusals interleave as real traffic would.
  const order = fc.sample(
    fc.shuffledSubarray(
      requests.map((_, i) => i),
      { minLength: requests.length },
    ),
    { numRuns: 1, seed: SEED },
  )[0]!;
  const outcomes = await sendAll(order.map((i) => requests[i]!));

  const byStatus = new Map<number, number>();
  for (const o of outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
  test
    .info()
    .annotations.push({ type: "statuses", description: JSON.stringify(Object.fromEntries([...byStatus].sort(([a], [b]) => a - b))) });
  const problems = outcomes
    .filter((o) => o.problem)
    .map((o) => `${o.request.method} ${o.request.url.slice(0, 200)} ${o.request.body?.slice(0, 200) ?? ""} → ${o.problem}`);
  expect(problems.slice(0, 20), `seed ${SEED}, ${problems.length} problems`).toEqual([]);
  expect(outcomes.length).toBeGreaterThanOrEqual(5_000);
  expect(outcomes.filter((o) => o.status >= 200 && o.status < 300).length, "some requests got past validation").toBeGreaterThan(200);
});
