import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { failedBeforeStart } from "@/db/errors";
import { withTenantTx } from "@/db/tenant";
import type { KeyActor } from "@/lib/api-keys/authenticate";
import { answerKeyRequest } from "@/lib/api-keys/request";
import { isApiKeyFormat } from "@/lib/api-keys/secret";
import type { Actor } from "@/lib/auth/actor";
import { resolveSessionActor, runAsSessionMember } from "@/lib/auth/session-token";
import { assertWritable } from "@/lib/billing/access";
import type { ServiceTokenScope } from "@/lib/ml/schemas";
import { authenticateServiceToken, type ServiceCaller } from "@/lib/ml/service-tokens";
import { allows, type Permission } from "@/lib/rbac/permissions";
import { AppError, ERROR_STATUS, type ErrorCode, errorResponse, toAppError } from "./errors";
import { type AnySchema, apiKeyOf, type Infer, parseInput, type RouteContext, type RouteOptions } from "./input";
import { logger } from "./logger";
import { getClientInfo, getRequestId, type RequestMeta, trustedOrigins } from "./request";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type PublicContext<B, Q, P> = {
  req: NextRequest;
  meta: RequestMeta;
  body: Infer<B>;
  query: Infer<Q>;
  params: Infer<P>;
};

export type TenantContext<B, Q, P> = PublicContext<B, Q, P> & { actor: Actor };

/** A request of one of AeroSpec's own services, authenticated by its service token. */
export type ServiceContext<B, Q, P> = PublicContext<B, Q, P> & { service: ServiceCaller };

/** A handler of `transaction: true` runs inside the member's tenant transaction. */
export type TenantTxContext<B, Q, P> = TenantContext<B, Q, P> & { tx: Tx };

/**
 * What a route declares, read off the handler by the OpenAPI document (`scripts/openapi.ts`):
 * who may call it, its permission (an API key needs it among its scopes), the scope a service
 * token needs (caller "service") and its input schemas.
 */
export type RouteDoc = {
  caller: "member" | "staff" | "public" | "service";
  permission?: Permission;
  scope?: ServiceTokenScope;
  /** The media types of a success body that is not JSON (an export), described in words. */
  produces?: ProducesDoc;
  params?: AnySchema;
  query?: AnySchema;
  body?: AnySchema;
  response?: AnySchema;
  status?: number;
  /** A file the handler reads itself as multipart/form-data (the wrapper reads only JSON bodies). */
  upload?: UploadDoc;
};

export type UploadDoc = { field: string; mediaType: string; description: string };
export type ProducesDoc = { mediaTypes: readonly string[]; description: string };

function documented<H extends object, B, Q, P>(
  handler: H,
  caller: RouteDoc["caller"],
  options: RouteOptions<B, Q, P> & { permission?: Permission; scope?: ServiceTokenScope; produces?: ProducesDoc; upload?: UploadDoc },
): H & { doc: RouteDoc } {
  const { permission, scope, produces, params, query, body, response, status, upload } = options as RouteOptions<
    AnySchema,
    AnySchema,
    AnySchema
  > & {
    permission?: Permission;
    scope?: ServiceTokenScope;
    produces?: ProducesDoc;
    upload?: UploadDoc;
  };
  return Object.assign(handler, { doc: { caller, permission, scope, produces, params, query, body, response, status, upload } });
}

type Result = Response | object | null;
type Handler<C> = (ctx: C) => Promise<Result>;

/**
 * What a handler may answer: a Response of its own making, null (204), or a body of its
 * declared `response` schema, so a route cannot answer other than its OpenAPI document says.
 */
type Answer<R> = Response | null | (R extends AnySchema ? z.input<R> & object : object);
type DeclaredHandler<C, R> = (ctx: C) => Promise<Answer<R>>;
type Declares<R> = { response?: R };
type RouteHandler = (req: NextRequest, routeCtx?: RouteContext) => Promise<Response>;

/** CSRF: a browser write must come from our own origin; a cookie-authenticated one must say so. */
export function assertSameOrigin(req: NextRequest, cookieAuthenticated: boolean): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (origin ? !trustedOrigins().has(origin) : cookieAuthenticated) {
    throw new AppError("forbidden", "Cross-site request refused");
  }
}

/** Tenant data must not sit in shared caches; a handler that chose its own policy keeps it. */
function setNoStore(response: Response): void {
  if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
}

/** A body the handler returned goes out under the route's declared success status (201 for a create). */
function toResponse(result: Response | object | null, status = 200): Response {
  if (result instanceof Response) return result;
  if (result === null) return new Response(null, { status: 204 });
  return Response.json(result, { status });
}

/**
 * Answers one request: `answer` may add headers to `headers` that go on the response whether it
 * succeeds or fails (an API key's rate-limit headers).
 */
async function run(
  req: NextRequest,
  answer: (meta: RequestMeta, headers: Headers) => Promise<Result>,
  status?: RouteOptions<unknown, unknown, unknown>["status"],
): Promise<Response> {
  const requestId = getRequestId(req);
  const started = performance.now();
  const headers = new Headers();
  let response: Response;
  try {
    const meta = { ...getClientInfo(req), requestId };
    response = toResponse(await retryReadOnce(req, requestId, () => answer(meta, headers)), status);
    response.headers.set("x-request-id", requestId);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "internal") logger.error({ err: error, requestId }, "unhandled error");
    if (appError.code === "unavailable") logger.warn({ err: error, requestId }, "database unavailable");
    response = errorResponse(appError, requestId);
  }
  for (const [name, value] of headers) response.headers.set(name, value);
  setNoStore(response);
  // The line's fields are gathered only when it is written (not at LOG_LEVEL=warn and above).
  if (logger.isLevelEnabled("info")) {
    const ms = Math.round(performance.now() - started);
    logger.info({ requestId, method: req.method, path: req.nextUrl.pathname, status: response.status, ms }, "request");
  }
  return response;
}

/** The signed-in member of the active tenant behind a browser request, or 401 (CSRF checked first). */
async function requireActor(req: NextRequest): Promise<Actor> {
  assertSameOrigin(req, true);
  const actor = await resolveSessionActor(req.cookies);
  if (!actor) throw new AppError("unauthorized", "Sign in to continue");
  return actor;
}

type TenantRouteOptions = {
  /** What the route does, as a permission of lib/rbac (e.g. "configurations.write"). */
  permission?: Permission;
  /**
   * The permission can also be granted on one object (a share with edit rights): the role
   * alone does not decide, the resource's access rule (lib/<module>/access.ts) does.
   */
  grantable?: boolean;
  /** A write that stays open while billing makes the tenant read-only (billing itself, deletion). */
  allowReadOnly?: boolean;
  upload?: UploadDoc;
  produces?: ProducesDoc;
};

type TenantOptions<B, Q, P> = RouteOptions<B, Q, P> & TenantRouteOptions;

function authorize(req: NextRequest, actor: Actor, options: TenantRouteOptions): void {
  if (options.permission && !options.grantable && !allows(actor, options.permission)) {
    throw new AppError("forbidden", "Your role does not allow this");
  }
  if (!SAFE_METHODS.has(req.method) && !options.allowReadOnly) assertWritable(actor);
}

/**
 * What a key may call: only routes that declare a permission (the others act on a person's
 * account or session), and only with that permission among its scopes as the creator's role
 * stands. A share granted to the creator on one object does not pass to their keys.
 */
function authorizeKey(req: NextRequest, actor: KeyActor, options: TenantRouteOptions): void {
  if (!options.permission) throw new AppError("forbidden", "API keys cannot use this endpoint: it acts on a person's account or session");
  if (!allows(actor, options.permission)) {
    throw new AppError(
      "forbidden",
      `This API key does not have the ${options.permission} scope (or its creator's role no longer allows it)`,
    );
  }
  if (!SAFE_METHODS.has(req.method) && !options.allowReadOnly) assertWritable(actor);
}

/**
 * The wrapper for tenant-scoped route handlers: authenticates (the session cookie, CSRF
 * checked; or an API key, answerWithApiKey), checks the permission, validates
 * params/query/body, and maps every error to the one error body.
 *
 * With `transaction: true` the handler gets `tx`, the member's tenant transaction, and runs
 * inside it. For a GET that transaction re-checks the session in its first statement, sent with
 * the handler's first query (runAsSessionMember): the handler may run as the member last seen
 * and, when the check finds the session changed, again as the member found, so it must do no
 * more than read through `tx` and return what it read (the transaction is READ ONLY: the
 * database refuses a write in it).
 */
export function withTenant<
  B extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  P extends AnySchema | undefined = undefined,
  R extends AnySchema | undefined = undefined,
>(
  options: TenantOptions<B, Q, P> & Declares<R> & { transaction: true },
  handler: DeclaredHandler<TenantTxContext<B, Q, P>, R>,
): RouteHandler;
export function withTenant<
  B extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  P extends AnySchema | undefined = undefined,
  R extends AnySchema | undefined = undefined,
>(
  options: TenantOptions<B, Q, P> & Declares<R> & { transaction?: false },
  handler: DeclaredHandler<TenantContext<B, Q, P>, R>,
): RouteHandler;
export function withTenant<B extends AnySchema | undefined, Q extends AnySchema | undefined, P extends AnySchema | undefined>(
  options: TenantOptions<B, Q, P> & { transaction?: boolean },
  handler: Handler<TenantTxContext<B, Q, P>>,
): RouteHandler {
  return documented<RouteHandler, B, Q, P>(
    (req, routeCtx) =>
      run(
        req,
        async (meta, headers) => {
          const apiKey = apiKeyOf(req);
          if (apiKey !== null) return answerWithApiKey({ req, routeCtx, options, meta, headers, apiKey }, handler);
          if (options.transaction && SAFE_METHODS.has(req.method)) return answerInSession(req, routeCtx, options, meta, handler);
          const actor = await requireActor(req);
          authorize(req, actor, options);
          const ctx = { req, meta, actor, ...(await parseInput(req, routeCtx, options)) };
          if (!options.transaction) return (handler as Handler<TenantContext<B, Q, P>>)(ctx);
          return withTenantTx(actor.tenantId, (tx) => handler({ ...ctx, tx }));
        },
        options.status,
      ),
    "member",
    options,
  );
}

type KeyRequest<B, Q, P> = {
  req: NextRequest;
  routeCtx: RouteContext | undefined;
  options: TenantOptions<B, Q, P> & { transaction?: boolean };
  meta: RequestMeta;
  headers: Headers;
  apiKey: string;
};

/**
 * A machine's request with an API key: no cookie and no CSRF check (a key is sent on purpose,
 * never attached by a browser). Every answer to a working key carries its rate-limit headers;
 * a call is counted against the plan's monthly API calls once it is allowed and its input valid
 * (answerKeyRequest). A GET with a transaction reads alongside that count, in one round trip.
 */
async function answerWithApiKey<B extends AnySchema | undefined, Q extends AnySchema | undefined, P extends AnySchema | undefined>(
  { req, routeCtx, options, meta, headers, apiKey }: KeyRequest<B, Q, P>,
  handler: Handler<TenantTxContext<B, Q, P>>,
): Promise<Result> {
  // Read once: a request decided again (its key changed meanwhile) must not read its body twice.
  let input: ReturnType<typeof parseInput<B, Q, P>> | undefined;
  let ctx: TenantContext<B, Q, P> | undefined;
  const admit = async (actor: KeyActor) => {
    authorizeKey(req, actor, options);
    input ??= parseInput(req, routeCtx, options);
    ctx = { req, meta, actor, ...(await input) };
  };
  const secret = apiKey;
  if (options.transaction && SAFE_METHODS.has(req.method)) {
    return answerKeyRequest({ secret, headers, admit, read: (actor, tx) => handler({ ...ctx!, actor, tx }) });
  }
  return answerKeyRequest({
    secret,
    headers,
    admit,
    run: (actor) => {
      if (!options.transaction) return (handler as Handler<TenantContext<B, Q, P>>)({ ...ctx!, actor });
      return withTenantTx(actor.tenantId, (tx) => handler({ ...ctx!, actor, tx }));
    },
  });
}

async function answerInSession<B extends AnySchema | undefined, Q extends AnySchema | undefined, P extends AnySchema | undefined>(
  req: NextRequest,
  routeCtx: RouteContext | undefined,
  options: TenantOptions<B, Q, P>,
  meta: RequestMeta,
  handler: Handler<TenantTxContext<B, Q, P>>,
): Promise<Result> {
  assertSameOrigin(req, true);
  const answered = await runAsSessionMember(req.cookies, async (actor, tx) => {
    authorize(req, actor, options);
    return handler({ req, meta, actor, tx, ...(await parseInput(req, routeCtx, options)) });
  });
  if (!answered) throw new AppError("unauthorized", "Sign in to continue");
  return answered.result;
}

/** The wrapper for AeroSpec staff routes (/api/admin/*): a signed-in staff member, nobody else (never an API key). */
export function withStaff<
  B extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  P extends AnySchema | undefined = undefined,
  R extends AnySchema | undefined = undefined,
>(options: RouteOptions<B, Q, P> & Declares<R>, handler: DeclaredHandler<TenantContext<B, Q, P>, R>) {
  const answer = (req: NextRequest, routeCtx?: RouteContext) =>
    run(
      req,
      async (meta) => {
        if (apiKeyOf(req) !== null) throw new AppError("forbidden", "API keys do not work on AeroSpec staff endpoints");
        const actor = await requireActor(req);
        if (!actor.isStaff) throw new AppError("forbidden", "Only AeroSpec staff can do this");
        return handler({ req, meta, actor, ...(await parseInput(req, routeCtx, options)) });
      },
      options.status,
    );
  return documented(answer, "staff", options);
}

/**
 * The wrapper for routes AeroSpec's own services call (/api/ml/training-data): only a service
 * token in `Authorization: Bearer`, holding `scope`. No member, staff session or tenant API key
 * passes: a session (no token) gets 401, a tenant API key 403. GET only, so no CSRF check.
 */
export function withServiceToken<
  B extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  P extends AnySchema | undefined = undefined,
  R extends AnySchema | undefined = undefined,
>(
  options: RouteOptions<B, Q, P> & Declares<R> & { scope: ServiceTokenScope; produces?: ProducesDoc },
  handler: DeclaredHandler<ServiceContext<B, Q, P>, R>,
) {
  const answer = (req: NextRequest, routeCtx?: RouteContext) =>
    run(
      req,
      async (meta) => {
        const authorization = req.headers.get("authorization");
        const token = authorization && /^bearer\s/i.test(authorization) ? authorization.slice(7).trim() : null;
        if (token === null) throw new AppError("unauthorized", "This endpoint needs a service token (Authorization: Bearer st_live_…)");
        if (isApiKeyFormat(token))
          throw new AppError("forbidden", "Organization API keys do not work on this endpoint: it needs a service token");
        const service = await authenticateServiceToken(token, options.scope);
        return handler({ req, meta, service, ...(await parseInput(req, routeCtx, options)) });
      },
      options.status,
    );
  return documented(answer, "service", options);
}

/** The wrapper for endpoints that need no session (sign-up, password reset, health). */
export function withPublic<
  B extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  P extends AnySchema | undefined = undefined,
  R extends AnySchema | undefined = undefined,
>(options: RouteOptions<B, Q, P> & Declares<R>, handler: DeclaredHandler<PublicContext<B, Q, P>, R>) {
  const answer = (req: NextRequest, routeCtx?: RouteContext) =>
    run(
      req,
      async (meta) => {
        assertSameOrigin(req, false);
        return handler({ req, meta, ...(await parseInput(req, routeCtx, options)) });
      },
      options.status,
    );
  return documented(answer, "public", options);
}

function codeForStatus(status: number): ErrorCode {
  const known = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((code) => ERROR_STATUS[code] === status);
  return known ?? "bad_request";
}

/**
 * A route answered by a library (Auth.js): its bare 4xx JSON answers (`"Bad request."`) get the
 * one error body, and every answer gets no-store unless it set a policy. All else passes through.
 */
export function withLibraryHandler(handler: (req: NextRequest) => Promise<Response>) {
  return async (req: NextRequest): Promise<Response> => {
    const requestId = getRequestId(req);
    const answer = await handler(req);
    const json = /^application\/json\b/i.test(answer.headers.get("content-type") ?? "");
    if (json && answer.status >= 400 && answer.status < 500) {
      const code = codeForStatus(answer.status);
      const response = errorResponse(new AppError(code, code === "not_found" ? "Not found" : "The request is not valid"), requestId);
      setNoStore(response);
      return response;
    }
    // A copy, since a library may hand back a response whose headers cannot be changed.
    const response = new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
    response.headers.set("x-request-id", requestId);
    setNoStore(response);
    return response;
  };
}

const RETRY_METHODS = new Set(["GET", "HEAD"]);
const RETRY_DELAY_MS = 100;

/**
 * Runs a GET or HEAD once more when its database connection failed before its statement or
 * transaction began (a refused connect, or a pooled connection that died while idle): none of
 * it reached the database, and a safe method may be repeated. This lives here rather than in
 * the transaction helpers because only the wrapper knows the method, and one retry per request
 * keeps an outage from costing a wait per transaction. The pause lets the pool notice the other
 * connections that died with this one, so the retry gets a fresh one. Writes are never
 * repeated: they answer 503 and the client decides.
 */
async function retryReadOnce<T>(req: NextRequest, requestId: string, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!RETRY_METHODS.has(req.method) || !failedBeforeStart(error)) throw error;
    logger.warn({ err: error, requestId }, "retrying a read whose database connection failed before it started");
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    return attempt();
  }
}
