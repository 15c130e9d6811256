import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { listRouteHandlers } from "../route-handlers";
import { type Account, addMember, DEMO, login, newClient, PASSWORD, signUp } from "../support";

// Every route handler × every kind of caller → the status it must get. A route added without a
// row here fails the coverage test below. Allowed callers get a harmless request (an invalid
// body where the wrapper decides, a fresh object where the service decides), so the table can
// run top to bottom against one set of accounts.

const ACTORS = ["admin", "user", "viewer", "viewerWithEditShare", "otherAdmin", "staff", "anonymous"] as const;
type ActorName = (typeof ACTORS)[number];
type Expected = Record<ActorName, number>;

type Fixture = {
  accounts: Record<Exclude<ActorName, "anonymous">, { email: string; password: string; userId: string }>;
  admin: Account;
  configId: string;
  fluidId: string;
  /** A draft order of the admin's. */
  procurementId: string;
};

type Call = { method: string; path: string; data?: unknown; headers?: Record<string, string> };
type Row = {
  route: string;
  call: (fx: Fixture) => Call | Promise<Call>;
  expect: Expected;
  /** The request ends the caller's session: sign them in again afterwards. */
  signsOut?: boolean;
};

const members = (status: number, anonymous = 401): Expected => ({
  admin: status,
  user: status,
  viewer: status,
  viewerWithEditShare: status,
  otherAdmin: status,
  staff: status,
  anonymous,
});
const everyone = (status: number): Expected => members(status, status);
/** Admins only (of their own tenant); an admin elsewhere acts on their own tenant. */
const admins = (admin: number, otherAdmin = admin): Expected => ({ ...members(403), admin, otherAdmin });
const staffOnly = (staff: number): Expected => ({ ...members(403), staff });
/** Admins and users: the writer roles. */
const writers = (status: number, otherAdmin = status): Expected => ({ ...members(403), admin: status, user: status, otherAdmin });

const CONFIGURATION = {
  name: "RBAC table",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72, flashPointC: null },
  targets: { flowMlMin: 300, maxPressureBar: 6, coneDeg: 80 },
};
const NOWHERE = "00000000-0000-4000-8000-000000000000";

async function freshConfiguration(fx: Fixture, share?: { userId: string; permission: "view" | "edit" }): Promise<string> {
  const res = await fx.admin.client.post("/api/configurations", { data: { ...CONFIGURATION, name: `RBAC ${randomUUID().slice(0, 6)}` } });
  expect(res.status(), await res.text()).toBe(201);
  const id = (await res.json()).id as string;
  if (share) expect((await fx.admin.client.post(`/api/configurations/${id}/share`, { data: share })).status()).toBe(200);
  return id;
}

async function freshProcurement(fx: Fixture): Promise<string> {
  const res = await fx.admin.client.post("/api/procurements", {
    data: { configurationId: fx.configId, items: [{ sku: "SPENC-FC-0269-060-00000", qty: 1 }] },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

const LAB_RESULT = { actuatorSku: "SPENC-FC-0269-060-00000", testConditions: { pressureBar: 3 }, dv50Um: 80 };

async function freshFeedback(fx: Fixture): Promise<string> {
  const res = await fx.admin.client.post("/api/feedback", { data: { configurationId: fx.configId, ...LAB_RESULT } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

async function freshFluid(fx: Fixture): Promise<string> {
  const res = await fx.admin.client.post("/api/fluids", {
    data: { name: `Fluid ${randomUUID().slice(0, 6)}`, viscosityCp: 3, densityKgM3: 900, surfaceTensionMNm: 30 },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as string;
}

const ROWS: Row[] = [
  // Catalog and fluids
  { route: "GET /api/actuators", call: () => ({ method: "GET", path: "/api/actuators?limit=1" }), expect: members(200) },
  { route: "GET /api/fluids", call: () => ({ method: "GET", path: "/api/fluids" }), expect: members(200) },
  { route: "POST /api/fluids", call: () => ({ method: "POST", path: "/api/fluids", data: { name: "" } }), expect: writers(422) },
  // A JSON body instead of the multipart upload: writers get as far as the 415.
  { route: "POST /api/fluids/sds", call: () => ({ method: "POST", path: "/api/fluids/sds", data: {} }), expect: writers(415) },
  {
    route: "PUT /api/fluids/[id]",
    call: async (fx) => ({
      method: "PUT",
      path: `/api/fluids/${await freshFluid(fx)}`,
      data: { name: "Edited", viscosityCp: 4, densityKgM3: 900, surfaceTensionMNm: 30 },
    }),
    expect: writers(200, 404),
  },
  {
    route: "DELETE /api/fluids/[id]",
    call: async (fx) => ({ method: "DELETE", path: `/api/fluids/${await freshFluid(fx)}` }),
    expect: writers(204, 404),
  },

  // Configurations
  { route: "GET /api/configurations", call: () => ({ method: "GET", path: "/api/configurations" }), expect: members(200) },
  {
    route: "POST /api/configurations",
    call: () => ({ method: "POST", path: "/api/configurations", data: CONFIGURATION }),
    expect: writers(201),
  },
  { route: "GET /api/configurations/export", call: () => ({ method: "GET", path: "/api/configurations/export" }), expect: writers(200) },
  {
    route: "POST /api/configurations/predict",
    call: () => ({
      method: "POST",
      path: "/api/configurations/predict",
      data: { fluid: CONFIGURATION.fluid, targets: CONFIGURATION.targets },
    }),
    expect: members(200),
  },
  {
    route: "GET /api/configurations/[id]",
    call: (fx) => ({ method: "GET", path: `/api/configurations/${fx.configId}` }),
    expect: { ...members(200), otherAdmin: 404, staff: 404 },
  },
  {
    route: "PUT /api/configurations/[id]",
    call: (fx) => ({ method: "PUT", path: `/api/configurations/${fx.configId}`, data: { description: `Edited ${randomUUID()}` } }),
    expect: { admin: 200, user: 200, viewer: 403, viewerWithEditShare: 200, otherAdmin: 404, staff: 404, anonymous: 401 },
  },
  {
    route: "DELETE /api/configurations/[id]",
    call: async (fx) => ({ method: "DELETE", path: `/api/configurations/${await freshConfiguration(fx)}` }),
    expect: { ...members(403), admin: 204, otherAdmin: 404 },
  },
  {
    route: "POST /api/configurations/[id]/unarchive",
    call: async (fx) => {
      const id = await freshConfiguration(fx);
      expect((await fx.admin.client.delete(`/api/configurations/${id}`)).status()).toBe(204);
      return { method: "POST", path: `/api/configurations/${id}/unarchive` };
    },
    expect: { ...members(403), admin: 200, otherAdmin: 404 },
  },
  {
    route: "GET /api/configurations/[id]/feedback",
    call: (fx) => ({ method: "GET", path: `/api/configurations/${fx.configId}/feedback` }),
    expect: { ...members(200), otherAdmin: 404, staff: 404 },
  },

  // Lab results: another tenant's configuration or result is a 404; only its recorder or an admin edits one.
  {
    route: "POST /api/feedback",
    call: (fx) => ({ method: "POST", path: "/api/feedback", data: { configurationId: fx.configId, ...LAB_RESULT } }),
    expect: writers(201, 404),
  },
  {
    route: "PUT /api/feedback/[id]",
    call: async (fx) => ({ method: "PUT", path: `/api/feedback/${await freshFeedback(fx)}`, data: { ...LAB_RESULT, rating: 4 } }),
    expect: { ...members(403), admin: 200, user: 403, otherAdmin: 404 },
  },
  {
    route: "DELETE /api/feedback/[id]",
    call: async (fx) => ({ method: "DELETE", path: `/api/feedback/${await freshFeedback(fx)}` }),
    expect: { ...members(403), admin: 204, otherAdmin: 404 },
  },
  // Calibration: each organization's own; another tenant's is never visible.
  { route: "GET /api/ml/calibration", call: () => ({ method: "GET", path: "/api/ml/calibration" }), expect: writers(200) },
  { route: "POST /api/ml/calibration", call: () => ({ method: "POST", path: "/api/ml/calibration" }), expect: writers(201) },
  { route: "GET /api/ml/custom-models", call: () => ({ method: "GET", path: "/api/ml/custom-models" }), expect: writers(200) },
  {
    // The accounts are not on Enterprise: writers get past the role check to the plan's 402.
    route: "POST /api/ml/custom-models/train",
    call: () => ({ method: "POST", path: "/api/ml/custom-models/train", data: { name: "RBAC", model_type: "calibration" } }),
    expect: writers(402),
  },
  {
    route: "GET /api/ml/custom-models/[id]",
    call: () => ({ method: "GET", path: `/api/ml/custom-models/${NOWHERE}` }),
    expect: writers(404),
  },
  {
    route: "POST /api/ml/custom-models/[id]/activate",
    call: () => ({ method: "POST", path: `/api/ml/custom-models/${NOWHERE}/activate` }),
    expect: writers(402),
  },
  {
    route: "POST /api/configurations/[id]/duplicate",
    call: (fx) => ({ method: "POST", path: `/api/configurations/${fx.configId}/duplicate` }),
    expect: writers(201, 404),
  },
  {
    route: "POST /api/configurations/[id]/share",
    call: (fx) => ({
      method: "POST",
      path: `/api/configurations/${fx.configId}/share`,
      data: { userId: fx.accounts.viewerWithEditShare.userId, permission: "edit" },
    }),
    expect: { ...members(403), admin: 200, otherAdmin: 404 },
  },
  {
    route: "GET /api/configurations/[id]/shares",
    call: (fx) => ({ method: "GET", path: `/api/configurations/${fx.configId}/shares` }),
    expect: { ...members(200), otherAdmin: 404, staff: 404 },
  },
  {
    route: "DELETE /api/configurations/[id]/shares/[user_id]",
    call: async (fx) => {
      const id = await freshConfiguration(fx, { userId: fx.accounts.viewer.userId, permission: "view" });
      return { method: "DELETE", path: `/api/configurations/${id}/shares/${fx.accounts.viewer.userId}` };
    },
    expect: { ...members(403), admin: 204, otherAdmin: 404 },
  },
  {
    route: "GET /api/configurations/[id]/versions",
    call: (fx) => ({ method: "GET", path: `/api/configurations/${fx.configId}/versions` }),
    expect: { ...members(200), otherAdmin: 404, staff: 404 },
  },
  {
    route: "POST /api/configurations/[id]/versions/[version]/restore",
    call: (fx) => ({ method: "POST", path: `/api/configurations/${fx.configId}/versions/1/restore` }),
    expect: { admin: 200, user: 200, viewer: 403, viewerWithEditShare: 200, otherAdmin: 404, staff: 404, anonymous: 401 },
  },

  // Analytics: admins and users of their own tenant (spec §1.2), never viewers
  { route: "GET /api/analytics/accuracy", call: () => ({ method: "GET", path: "/api/analytics/accuracy" }), expect: writers(200) },
  { route: "GET /api/analytics/usage", call: () => ({ method: "GET", path: "/api/analytics/usage" }), expect: writers(200) },
  {
    route: "GET /api/analytics/top-configurations",
    call: () => ({ method: "GET", path: "/api/analytics/top-configurations" }),
    expect: writers(200),
  },

  // Tenant, members, invitations, audit
  { route: "GET /api/tenants/me", call: () => ({ method: "GET", path: "/api/tenants/me" }), expect: members(200) },
  {
    route: "PUT /api/tenants/me",
    call: () => ({ method: "PUT", path: "/api/tenants/me", data: { billingEmail: "ap@example.test" } }),
    expect: admins(200),
  },
  // The owner is refused for the wrong confirmation name, so nothing is deleted.
  {
    route: "DELETE /api/tenants/me",
    call: () => ({ method: "DELETE", path: "/api/tenants/me", data: { confirmName: "not the name" } }),
    expect: admins(422),
  },
  { route: "GET /api/tenants/members", call: () => ({ method: "GET", path: "/api/tenants/members" }), expect: members(200) },
  {
    route: "POST /api/tenants/members/invite",
    call: () => ({ method: "POST", path: "/api/tenants/members/invite", data: { email: "not-an-email", role: "viewer" } }),
    expect: admins(422),
  },
  {
    route: "PUT /api/tenants/members/[user_id]",
    call: (fx) => ({ method: "PUT", path: `/api/tenants/members/${fx.accounts.viewer.userId}`, data: { role: "viewer" } }),
    expect: admins(200, 404),
  },
  {
    route: "DELETE /api/tenants/members/[user_id]",
    call: () => ({ method: "DELETE", path: `/api/tenants/members/${NOWHERE}` }),
    expect: admins(404),
  },
  { route: "GET /api/tenants/invitations", call: () => ({ method: "GET", path: "/api/tenants/invitations" }), expect: admins(200) },
  {
    route: "POST /api/tenants/invitations/[key]/resend",
    call: () => ({ method: "POST", path: `/api/tenants/invitations/${NOWHERE}/resend` }),
    expect: admins(404),
  },
  {
    route: "DELETE /api/tenants/invitations/[key]",
    call: () => ({ method: "DELETE", path: `/api/tenants/invitations/${NOWHERE}` }),
    expect: admins(404),
  },
  {
    route: "POST /api/tenants/invitations/[key]/accept",
    call: () => ({ method: "POST", path: `/api/tenants/invitations/${"x".repeat(43)}/accept`, data: {} }),
    expect: everyone(404),
  },
  { route: "GET /api/audit-logs", call: () => ({ method: "GET", path: "/api/audit-logs" }), expect: admins(200) },

  // API keys: admins, and users while the plan includes API access (the trial does)
  { route: "GET /api/api-keys", call: () => ({ method: "GET", path: "/api/api-keys" }), expect: writers(200) },
  {
    route: "POST /api/api-keys",
    call: () => ({ method: "POST", path: "/api/api-keys", data: { name: "", scopes: [] } }),
    expect: writers(422),
  },
  {
    route: "DELETE /api/api-keys/[id]",
    call: () => ({ method: "DELETE", path: `/api/api-keys/${NOWHERE}` }),
    expect: writers(404),
  },
  {
    route: "GET /api/api-keys/[id]/usage",
    call: () => ({ method: "GET", path: `/api/api-keys/${NOWHERE}/usage` }),
    expect: writers(404),
  },

  // Outbound webhooks: admins only
  { route: "GET /api/webhooks", call: () => ({ method: "GET", path: "/api/webhooks" }), expect: admins(200) },
  {
    route: "POST /api/webhooks",
    call: () => ({ method: "POST", path: "/api/webhooks", data: { url: "not a url", eventTypes: [] } }),
    expect: admins(422),
  },
  { route: "GET /api/webhooks/[id]", call: () => ({ method: "GET", path: `/api/webhooks/${NOWHERE}` }), expect: admins(404) },
  {
    route: "PUT /api/webhooks/[id]",
    call: () => ({ method: "PUT", path: `/api/webhooks/${NOWHERE}`, data: { enabled: false } }),
    expect: admins(404),
  },
  { route: "DELETE /api/webhooks/[id]", call: () => ({ method: "DELETE", path: `/api/webhooks/${NOWHERE}` }), expect: admins(404) },
  {
    route: "POST /api/webhooks/[id]/rotate-secret",
    call: () => ({ method: "POST", path: `/api/webhooks/${NOWHERE}/rotate-secret`, data: {} }),
    expect: admins(404),
  },
  { route: "POST /api/webhooks/[id]/test", call: () => ({ method: "POST", path: `/api/webhooks/${NOWHERE}/test` }), expect: admins(404) },
  {
    route: "GET /api/webhooks/[id]/deliveries",
    call: () => ({ method: "GET", path: `/api/webhooks/${NOWHERE}/deliveries` }),
    expect: admins(404),
  },
  {
    route: "POST /api/webhooks/[id]/deliveries/[deliveryId]/redeliver",
    call: () => ({ method: "POST", path: `/api/webhooks/${NOWHERE}/deliveries/${NOWHERE}/redeliver` }),
    expect: admins(404),
  },

  // Billing
  { route: "GET /api/billing/subscription", call: () => ({ method: "GET", path: "/api/billing/subscription" }), expect: members(200) },
  { route: "GET /api/billing/invoices", call: () => ({ method: "GET", path: "/api/billing/invoices" }), expect: admins(200) },
  {
    route: "GET /api/billing/invoices/[id]",
    call: () => ({ method: "GET", path: `/api/billing/invoices/${NOWHERE}` }),
    expect: admins(404),
  },
  {
    route: "POST /api/billing/subscribe",
    call: () => ({ method: "POST", path: "/api/billing/subscribe", data: { plan: "platinum" } }),
    expect: admins(422),
  },
  {
    route: "POST /api/billing/change-plan",
    call: () => ({ method: "POST", path: "/api/billing/change-plan", data: { plan: "platinum" } }),
    expect: admins(422),
  },
  // A trialing organization has nothing to cancel or resume yet (409 once allowed); the portal opens.
  { route: "DELETE /api/billing/cancel", call: () => ({ method: "DELETE", path: "/api/billing/cancel" }), expect: admins(409) },
  { route: "POST /api/billing/resume", call: () => ({ method: "POST", path: "/api/billing/resume" }), expect: admins(409) },
  { route: "GET /api/billing/credit", call: () => ({ method: "GET", path: "/api/billing/credit" }), expect: admins(200) },
  { route: "GET /api/billing/portal-session", call: () => ({ method: "GET", path: "/api/billing/portal-session" }), expect: admins(200) },

  // Staff (AeroSpec operators)
  { route: "GET /api/admin/commissions", call: () => ({ method: "GET", path: "/api/admin/commissions" }), expect: staffOnly(200) },
  { route: "GET /api/admin/revenue/monthly", call: () => ({ method: "GET", path: "/api/admin/revenue/monthly" }), expect: staffOnly(200) },
  { route: "GET /api/admin/tenants", call: () => ({ method: "GET", path: "/api/admin/tenants" }), expect: staffOnly(200) },
  { route: "GET /api/admin/tenants/[id]", call: () => ({ method: "GET", path: `/api/admin/tenants/${NOWHERE}` }), expect: staffOnly(404) },
  {
    route: "PUT /api/admin/tenants/[id]/plan",
    call: () => ({ method: "PUT", path: `/api/admin/tenants/${NOWHERE}/plan`, data: { monthlyAmountCents: -1 } }),
    expect: staffOnly(422),
  },
  {
    route: "DELETE /api/admin/tenants/[id]/plan",
    call: () => ({ method: "DELETE", path: `/api/admin/tenants/${NOWHERE}/plan` }),
    expect: staffOnly(404),
  },

  // Orders: members read, writers order, the creator or an admin changes one
  { route: "GET /api/procurements", call: () => ({ method: "GET", path: "/api/procurements?limit=1" }), expect: members(200) },
  { route: "POST /api/procurements", call: () => ({ method: "POST", path: "/api/procurements", data: {} }), expect: writers(422) },
  {
    route: "POST /api/procurements/compare",
    call: () => ({ method: "POST", path: "/api/procurements/compare", data: {} }),
    expect: writers(422),
  },
  {
    route: "GET /api/procurements/[id]",
    call: (fx) => ({ method: "GET", path: `/api/procurements/${fx.procurementId}` }),
    expect: { ...members(200), otherAdmin: 404, staff: 404 },
  },
  {
    route: "PUT /api/procurements/[id]",
    call: (fx) => ({ method: "PUT", path: `/api/procurements/${fx.procurementId}`, data: { version: 999, orderType: "pilot" } }),
    expect: { ...members(403), admin: 409, otherAdmin: 404 },
  },
  {
    route: "POST /api/procurements/[id]/checkout",
    call: (fx) => ({ method: "POST", path: `/api/procurements/${fx.procurementId}/checkout` }),
    expect: { ...members(403), admin: 409, otherAdmin: 404 },
  },
  {
    route: "POST /api/procurements/[id]/approval",
    call: (fx) => ({ method: "POST", path: `/api/procurements/${fx.procurementId}/approval`, data: {} }),
    expect: { ...members(403), admin: 409, otherAdmin: 404 },
  },
  {
    route: "POST /api/procurements/[id]/decision",
    call: (fx) => ({ method: "POST", path: `/api/procurements/${fx.procurementId}/decision`, data: { decision: "approve" } }),
    expect: { ...members(403), admin: 409, otherAdmin: 404 },
  },
  {
    route: "POST /api/procurements/[id]/receipt",
    call: (fx) => ({ method: "POST", path: `/api/procurements/${fx.procurementId}/receipt`, data: { code: "00000-00000" } }),
    expect: { ...members(403), admin: 409, user: 409, otherAdmin: 404 },
  },
  {
    route: "GET /api/procurements/[id]/payment-status",
    call: (fx) => ({ method: "GET", path: `/api/procurements/${fx.procurementId}/payment-status` }),
    expect: { ...members(200), otherAdmin: 404, staff: 404 },
  },
  {
    route: "DELETE /api/procurements/[id]",
    call: async (fx) => ({ method: "DELETE", path: `/api/procurements/${await freshProcurement(fx)}` }),
    expect: { ...members(403), admin: 204, otherAdmin: 404 },
  },

  {
    route: "GET /api/admin/supplier-sync",
    call: () => ({ method: "GET", path: "/api/admin/supplier-sync" }),
    expect: staffOnly(200),
  },
  {
    route: "POST /api/admin/supplier-sync",
    call: () => ({ method: "POST", path: "/api/admin/supplier-sync" }),
    expect: staffOnly(202),
  },
  {
    route: "GET /api/admin/service-tokens",
    call: () => ({ method: "GET", path: "/api/admin/service-tokens" }),
    expect: staffOnly(200),
  },
  {
    route: "POST /api/admin/service-tokens",
    call: () => ({ method: "POST", path: "/api/admin/service-tokens", data: { name: "" } }),
    expect: staffOnly(422),
  },
  {
    route: "DELETE /api/admin/service-tokens/[id]",
    call: () => ({ method: "DELETE", path: `/api/admin/service-tokens/${NOWHERE}` }),
    expect: staffOnly(404),
  },
  // A machine route: only a service token opens it (below), no session of anyone's.
  { route: "GET /api/ml/training-data", call: () => ({ method: "GET", path: "/api/ml/training-data" }), expect: everyone(401) },

  // Sessions and public endpoints
  { route: "POST /api/auth/signup", call: () => ({ method: "POST", path: "/api/auth/signup", data: {} }), expect: everyone(422) },
  { route: "POST /api/auth/login", call: () => ({ method: "POST", path: "/api/auth/login", data: {} }), expect: everyone(422) },
  {
    route: "POST /api/auth/forgot-password",
    call: () => ({ method: "POST", path: "/api/auth/forgot-password", data: {} }),
    expect: everyone(422),
  },
  {
    route: "POST /api/auth/reset-password",
    call: () => ({ method: "POST", path: "/api/auth/reset-password", data: {} }),
    expect: everyone(422),
  },
  {
    route: "POST /api/auth/switch-tenant",
    call: () => ({ method: "POST", path: "/api/auth/switch-tenant", data: { tenantId: NOWHERE } }),
    expect: members(404),
  },
  { route: "POST /api/auth/logout", call: () => ({ method: "POST", path: "/api/auth/logout" }), expect: everyone(204), signsOut: true },
  {
    route: "POST /api/auth/logout-everywhere",
    call: () => ({ method: "POST", path: "/api/auth/logout-everywhere" }),
    expect: members(204),
    signsOut: true,
  },
  { route: "GET /api/auth/[...nextauth]", call: () => ({ method: "GET", path: "/api/auth/csrf" }), expect: everyone(200) },
  {
    route: "POST /api/auth/[...nextauth]",
    call: () => ({ method: "POST", path: "/api/auth/callback/ticket", data: {} }),
    expect: everyone(302),
  },
  { route: "GET /api/dev/mail", call: () => ({ method: "GET", path: "/api/dev/mail?limit=1" }), expect: everyone(200) },
  { route: "GET /api/health", call: () => ({ method: "GET", path: "/api/health" }), expect: everyone(200) },
  { route: "GET /api/health/live", call: () => ({ method: "GET", path: "/api/health/live" }), expect: everyone(200) },
  { route: "GET /api/openapi.json", call: () => ({ method: "GET", path: "/api/openapi.json" }), expect: everyone(200) },
  { route: "GET /api/[...path]", call: () => ({ method: "GET", path: "/api/no-such-endpoint/x" }), expect: everyone(404) },
  { route: "POST /api/[...path]", call: () => ({ method: "POST", path: "/api/no-such-endpoint/x" }), expect: everyone(404) },
  { route: "PUT /api/[...path]", call: () => ({ method: "PUT", path: "/api/no-such-endpoint/x" }), expect: everyone(404) },
  { route: "PATCH /api/[...path]", call: () => ({ method: "PATCH", path: "/api/no-such-endpoint/x" }), expect: everyone(404) },
  { route: "DELETE /api/[...path]", call: () => ({ method: "DELETE", path: "/api/no-such-endpoint/x" }), expect: everyone(404) },
  {
    route: "POST /api/webhooks/suppliers/[supplier]",
    call: () => ({ method: "POST", path: "/api/webhooks/suppliers/spencer", data: {} }),
    expect: everyone(400),
  },
  {
    route: "POST /api/webhooks/stripe",
    call: () => ({ method: "POST", path: "/api/webhooks/stripe", data: {}, headers: { "stripe-signature": "t=1,v1=0" } }),
    expect: everyone(400),
  },

  // One's own account: every signed-in member, whatever the role
  { route: "GET /api/users/me", call: () => ({ method: "GET", path: "/api/users/me" }), expect: members(200) },
  { route: "PATCH /api/users/me", call: () => ({ method: "PATCH", path: "/api/users/me", data: { name: "" } }), expect: members(422) },
  {
    route: "POST /api/users/me/password",
    call: () => ({ method: "POST", path: "/api/users/me/password", data: {} }),
    expect: members(422),
  },
  { route: "GET /api/users/me/sessions", call: () => ({ method: "GET", path: "/api/users/me/sessions" }), expect: members(200) },
  {
    route: "DELETE /api/users/me/sessions/[id]",
    call: () => ({ method: "DELETE", path: `/api/users/me/sessions/${NOWHERE}` }),
    expect: members(404),
  },
  // Last: it ends the caller's other sessions, such as the fixture's own client.
  {
    route: "POST /api/users/me/sessions/end-others",
    call: () => ({ method: "POST", path: "/api/users/me/sessions/end-others" }),
    expect: members(200),
  },
];

test("every route handler has a row in the table", () => {
  expect(ROWS.map((r) => r.route).sort()).toEqual(listRouteHandlers());
});

test.describe("route × caller", () => {
  let fx: Fixture;
  const clients = new Map<ActorName, APIRequestContext>();

  async function signIn(actor: ActorName): Promise<APIRequestContext> {
    if (actor === "anonymous") return newClient();
    const { email, password } = fx.accounts[actor];
    return login(email, password);
  }

  test.beforeAll(async () => {
    const admin = await signUp("RBAC Co");
    const user = await addMember(admin, "user");
    const viewer = await addMember(admin, "viewer");
    const shared = await addMember(admin, "viewer");
    const other = await signUp("RBAC Other Co");
    const staffClient = await login(DEMO.staff, DEMO.password);
    const staffId = ((await (await staffClient.get("/api/tenants/members")).json()).members as { userId: string; email: string }[]).find(
      (m) => m.email === DEMO.staff,
    )!.userId;
    const configId = (await (await admin.client.post("/api/configurations", { data: CONFIGURATION })).json()).id as string;
    expect(
      (await admin.client.post(`/api/configurations/${configId}/share`, { data: { userId: shared.userId, permission: "edit" } })).status(),
    ).toBe(200);
    const account = (a: Account) => ({ email: a.email, password: PASSWORD, userId: a.userId });
    fx = {
      admin,
      configId,
      fluidId: "",
      procurementId: "",
      accounts: {
        admin: account(admin),
        user: account(user),
        viewer: account(viewer),
        viewerWithEditShare: account(shared),
        otherAdmin: account(other),
        staff: { email: DEMO.staff, password: DEMO.password, userId: staffId },
      },
    };
    fx.procurementId = await freshProcurement(fx);
    clients.set("admin", admin.client);
    clients.set("user", user.client);
    clients.set("viewer", viewer.client);
    clients.set("viewerWithEditShare", shared.client);
    clients.set("otherAdmin", other.client);
    clients.set("staff", staffClient);
    clients.set("anonymous", await newClient());
  });

  for (const row of ROWS) {
    test(row.route, async () => {
      const seen: Partial<Expected> = {};
      for (const actor of ACTORS) {
        const call = await row.call(fx);
        const res = await clients
          .get(actor)!
          .fetch(call.path, { method: call.method, data: call.data, headers: call.headers, maxRedirects: 0 });
        seen[actor] = res.status();
        if (row.signsOut) clients.set(actor, await signIn(actor));
        if (actor === "admin") fx.admin.client = clients.get("admin")!;
      }
      expect(seen).toEqual(row.expect);
    });
  }
});

// The same routes called with an API key of the fixture's admin: scopes × route → status. A key
// works where its scopes (narrowed to the creator's role) hold the route's permission, and never
// on staff routes, on a person's own account or sessions, or on API key management.
type KeyFixture = { admin: Account; configId: string; otherConfigId: string };
type KeyRow = {
  name: string;
  scopes: string[];
  call: (fx: KeyFixture) => Call;
  expect: number;
  query?: boolean;
  /** Staff and service-token routes refuse any key without looking it up, so the answer has no rate-limit headers. */
  staffRoute?: boolean;
};

const READ = ["configurations.read"];
const EVERY_SCOPE = [
  "configurations.read",
  "configurations.write",
  "configurations.archive",
  "data.export",
  "analytics.read",
  "members.read",
  "tenant.read",
  "billing.read",
  "audit.read",
];

const KEY_ROWS: KeyRow[] = [
  { name: "a read key lists configurations", scopes: READ, call: () => ({ method: "GET", path: "/api/configurations" }), expect: 200 },
  {
    name: "a read key, given as ?api_key=, lists configurations",
    scopes: READ,
    call: () => ({ method: "GET", path: "/api/configurations?limit=5" }),
    expect: 200,
    query: true,
  },
  {
    name: "a read key reads one configuration",
    scopes: READ,
    call: (fx) => ({ method: "GET", path: `/api/configurations/${fx.configId}` }),
    expect: 200,
  },
  {
    name: "a read key gets 404 for another organization's configuration",
    scopes: READ,
    call: (fx) => ({ method: "GET", path: `/api/configurations/${fx.otherConfigId}` }),
    expect: 404,
  },
  {
    name: "a read key cannot create a configuration",
    scopes: READ,
    call: () => ({ method: "POST", path: "/api/configurations", data: CONFIGURATION }),
    expect: 403,
  },
  {
    name: "a read key cannot edit a configuration",
    scopes: READ,
    call: (fx) => ({ method: "PUT", path: `/api/configurations/${fx.configId}`, data: { description: "By key" } }),
    expect: 403,
  },
  {
    name: "a write key creates a configuration, from any origin (no CSRF rule for keys)",
    scopes: ["configurations.write"],
    call: () => ({ method: "POST", path: "/api/configurations", data: CONFIGURATION, headers: { Origin: "https://erp.example" } }),
    expect: 201,
  },
  {
    name: "a write key cannot read (scopes are exact)",
    scopes: ["configurations.write"],
    call: () => ({ method: "GET", path: "/api/configurations" }),
    expect: 403,
  },
  {
    name: "a key without audit.read cannot read the audit log",
    scopes: READ,
    call: () => ({ method: "GET", path: "/api/audit-logs" }),
    expect: 403,
  },
  {
    name: "an audit.read key of an admin reads the audit log",
    scopes: ["audit.read"],
    call: () => ({ method: "GET", path: "/api/audit-logs" }),
    expect: 200,
  },
  {
    name: "a members.read key lists members",
    scopes: ["members.read"],
    call: () => ({ method: "GET", path: "/api/tenants/members" }),
    expect: 200,
  },
  {
    name: "no key can invite (members.manage is not a scope)",
    scopes: EVERY_SCOPE,
    call: () => ({ method: "POST", path: "/api/tenants/members/invite", data: { email: "x@example.test", role: "viewer" } }),
    expect: 403,
  },
  {
    name: "no key reaches a staff route",
    scopes: EVERY_SCOPE,
    call: () => ({ method: "GET", path: "/api/admin/tenants" }),
    expect: 403,
    staffRoute: true,
  },
  {
    name: "no key changes a plan as staff",
    scopes: EVERY_SCOPE,
    call: () => ({ method: "PUT", path: `/api/admin/tenants/${NOWHERE}/plan`, data: { monthlyAmountCents: 100 } }),
    expect: 403,
    staffRoute: true,
  },
  {
    name: "no key reads the training data (it takes a service token)",
    scopes: EVERY_SCOPE,
    call: () => ({ method: "GET", path: "/api/ml/training-data" }),
    expect: 403,
    staffRoute: true,
  },
  { name: "no key acts on a person's account", scopes: EVERY_SCOPE, call: () => ({ method: "GET", path: "/api/users/me" }), expect: 403 },
  {
    name: "no key signs anyone out",
    scopes: EVERY_SCOPE,
    call: () => ({ method: "POST", path: "/api/auth/logout-everywhere" }),
    expect: 403,
  },
  {
    name: "no key lists webhook endpoints (webhooks.manage is not a scope)",
    scopes: EVERY_SCOPE,
    call: () => ({ method: "GET", path: "/api/webhooks" }),
    expect: 403,
  },
  { name: "no key lists API keys", scopes: EVERY_SCOPE, call: () => ({ method: "GET", path: "/api/api-keys" }), expect: 403 },
  {
    name: "no key creates API keys",
    scopes: EVERY_SCOPE,
    call: () => ({ method: "POST", path: "/api/api-keys", data: { name: "Child", scopes: READ } }),
    expect: 403,
  },
];

test.describe("route × API key scope", () => {
  let fx: KeyFixture;
  let anonymous: APIRequestContext;

  test.beforeAll(async () => {
    const admin = await signUp("RBAC Keys Co");
    const other = await signUp("RBAC Keys Other Co");
    const created = async (a: Account) => (await (await a.client.post("/api/configurations", { data: CONFIGURATION })).json()).id as string;
    fx = { admin, configId: await created(admin), otherConfigId: await created(other) };
    // A client without cookies or Origin: what a script sends.
    anonymous = await request.newContext({ baseURL: BASE_URL });
  });

  for (const row of KEY_ROWS) {
    test(row.name, async () => {
      const made = await fx.admin.client.post("/api/api-keys", { data: { name: row.name.slice(0, 100), scopes: row.scopes } });
      expect(made.status(), await made.text()).toBe(201);
      const { secret } = (await made.json()) as { secret: string };
      const call = row.call(fx);
      const path = row.query ? `${call.path}${call.path.includes("?") ? "&" : "?"}api_key=${secret}` : call.path;
      const headers = row.query ? call.headers : { ...call.headers, Authorization: `Bearer ${secret}` };
      const res = await anonymous.fetch(path, { method: call.method, data: call.data, headers, maxRedirects: 0 });
      expect(res.status(), await res.text()).toBe(row.expect);
      expect(res.headers()["x-ratelimit-limit"]).toEqual(row.staffRoute ? undefined : expect.stringMatching(/^\d+$/));
    });
  }

  test("an unknown key is 401, without rate-limit headers", async () => {
    const res = await anonymous.get("/api/configurations", { headers: { Authorization: `Bearer sk_live_${"x".repeat(43)}` } });
    expect(res.status()).toBe(401);
    expect(res.headers()["x-ratelimit-limit"]).toBeUndefined();
  });
});

test("a service token made by staff reads the training data until it is revoked", async () => {
  const staff = await login(DEMO.staff, DEMO.password);
  const made = await staff.post("/api/admin/service-tokens", { data: { name: "RBAC retraining", scopes: ["ml.training_data.read"] } });
  expect(made.status(), await made.text()).toBe(201);
  const { secret, token } = (await made.json()) as { secret: string; token: { id: string } };
  const machine = await request.newContext({ baseURL: BASE_URL });
  const headers = { Authorization: `Bearer ${secret}` };
  expect((await machine.get("/api/ml/training-data?limit=1", { headers })).status()).toBe(200);
  // The token is no session and no API key: it opens neither member routes (not a key: 401) nor
  // staff routes (they refuse any bearer credential: 403).
  expect((await machine.get("/api/configurations", { headers })).status()).toBe(401);
  expect((await machine.get("/api/admin/service-tokens", { headers })).status()).toBe(403);
  expect((await staff.delete(`/api/admin/service-tokens/${token.id}`)).status()).toBe(204);
  expect((await machine.get("/api/ml/training-data?limit=1", { headers })).status()).toBe(401);
});

test("an admin who is not the owner cannot delete the organization (403)", async () => {
  const owner = await signUp();
  const second = await addMember(owner, "admin");
  const res = await second.client.delete("/api/tenants/me", { data: { confirmName: "anything" } });
  expect(res.status(), await res.text()).toBe(403);
  expect((await owner.client.get("/api/tenants/me")).status()).toBe(200);
});
