import type { Tx } from "@/db/client";
import { isApiKeyChanged } from "@/db/errors";
import { withApiKeyReadTx } from "@/db/tenant";
import { AppError } from "@/lib/http/errors";
import { hashPresentedKey, type KeyActor, keyActorOf, unknownApiKey } from "./authenticate";
import { type ApiKeyState, callApiKey } from "./calls";
import { applyRateLimit, assertCallCounted, countRequestFor } from "./metering";

const SEEN_SIZE = 10_000;
// A request decided on a row that changed meanwhile is decided again on the row found; a key
// whose row changes under every try is answered 409 rather than tried for ever.
const ATTEMPTS = 3;

// What this process last found behind each key (by its secret's hash): a guess at what the next
// request with it is decided on, never a grant. Nothing is counted unless the key's row still
// has the guess's fingerprint (app_api_key_call), and a read's transaction opens only then
// (app_api_key_begin), so a revoked or expired key, a removed creator or a changed role or plan
// is found out on the very next request. The guess only lets the request go out in one round trip.
const lastSeen = new Map<string, ApiKeyState>();

function remember(hash: string, state: ApiKeyState): void {
  if (lastSeen.size >= SEEN_SIZE && !lastSeen.has(hash)) lastSeen.delete(lastSeen.keys().next().value!);
  lastSeen.set(hash, state);
}

/** What a key's request does once the key is known: checks, then a read or anything else. */
export type KeyRequest<T> = {
  secret: string;
  /** Gets the rate-limit headers, which go on every answer to a working key. */
  headers: Headers;
  /** Throws what refuses this actor's request (403, invalid input), answered once it is counted against the key's limit. */
  admit: (actor: KeyActor) => Promise<void>;
} & (
  | {
      /** A read: runs in the key's checked read-only transaction, alongside the counting. */ read: (actor: KeyActor, tx: Tx) => Promise<T>;
    }
  | { /** Anything else: runs once the call is counted. */ run: (actor: KeyActor) => Promise<T> }
);

type Decision = { state: ApiKeyState; actor: KeyActor; refusal: unknown };

/**
 * Answers a request made with an API key: the key's state (last seen, or read), the actor it
 * makes, then in one round trip the call counted (the key's per-minute limit; the plan's
 * monthly calls once admitted) and, for a read, the read itself, which is answered only if the
 * count found the key as the request was decided on and let the call through.
 */
export async function answerKeyRequest<T>(request: KeyRequest<T>): Promise<T> {
  const hash = hashPresentedKey(request.secret);
  let state = lastSeen.get(hash) ?? null;
  let guessed = state !== null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    state ??= await readState(hash);
    const decision = await decide(request, state, guessed);
    if (!decision) {
      lastSeen.delete(hash);
      state = null;
      guessed = false;
      continue;
    }
    const found = await countAndRead(hash, request, decision);
    if (!found.changed) return found.result;
    state = found.changed;
    guessed = false;
  }
  throw new AppError("conflict", "The API key changed while this request was made. Try again.");
}

async function readState(hash: string): Promise<ApiKeyState> {
  const found = await callApiKey(hash);
  if (!found) throw unknownApiKey();
  return found.state;
}

/** The actor and what refuses the request, or null when a guessed state refused it (read it fresh). */
async function decide<T>(request: KeyRequest<T>, state: ApiKeyState, guessed: boolean): Promise<Decision | null> {
  let actor: KeyActor;
  try {
    actor = keyActorOf(state);
  } catch (error) {
    if (guessed) return null;
    throw error;
  }
  const refusal = await request.admit(actor).then(
    () => null,
    (error: unknown) => error ?? new Error("refused"),
  );
  return { state, actor, refusal };
}

type Found<T> = { changed: ApiKeyState; result?: never } | { changed: null; result: T };

async function countAndRead<T>(hash: string, request: KeyRequest<T>, { state, actor, refusal }: Decision): Promise<Found<T>> {
  const admitted = refusal === null;
  const counting = callApiKey(hash, countRequestFor(state, admitted));
  const reading = admitted && "read" in request ? settle(withApiKeyReadTx(keyOf(state), (tx) => request.read(actor, tx))) : null;
  const called = await counting;
  if (!called) throw unknownApiKey();
  if (!called.count) {
    // The row changed since the request was decided: decide again on the row found.
    remember(hash, called.state);
    return { changed: called.state };
  }
  remember(hash, state);
  applyRateLimit(request.headers, called.count);
  if (!admitted) throw refusal;
  assertCallCounted(state, called.count);
  if (reading) return { changed: null, result: await readAfterCount(hash, request, await reading) };
  if ("run" in request) return { changed: null, result: await request.run(actor) };
  throw new Error("A key request needs a read or a run");
}

const keyOf = (state: ApiKeyState) => ({ tenantId: state.tenantId, keyId: state.keyId, fingerprint: state.fingerprint });

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

// Awaited only after the count: until then its failure must not go unhandled.
function settle<T>(work: Promise<T>): Promise<Settled<T>> {
  return work.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/**
 * The read's outcome. Its transaction refused to open when the key's row changed between the
 * count and the read (a revocation landing in between): the call stands counted, and the read
 * runs once more as the key now is, or is refused as the key now is.
 */
async function readAfterCount<T>(hash: string, request: KeyRequest<T>, read: Settled<T>): Promise<T> {
  if (read.ok) return read.value;
  if (!isApiKeyChanged(read.error) || !("read" in request)) throw read.error;
  lastSeen.delete(hash);
  const state = await readState(hash);
  const actor = keyActorOf(state);
  await request.admit(actor);
  return withApiKeyReadTx(keyOf(state), (tx) => request.read(actor, tx));
}
