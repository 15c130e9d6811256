import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Clock } from "./clock";
import type { State } from "./state";

// Optional persistence for local runs: the whole state (and the clock's offset) as one JSON
// file, written after changes and read back on start, so subscriptions made in one run of
// `npm start` still exist in the next. Tests run without it.

type Snapshot = { version: 1; clockOffsetSeconds: number; state: Record<string, unknown> };

const MAP_TAG = "__map";

function encode(state: State): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) out[key] = value instanceof Map ? { [MAP_TAG]: [...value.entries()] } : value;
  return out;
}

function isTaggedMap(value: unknown): value is { [MAP_TAG]: [string, unknown][] } {
  return typeof value === "object" && value !== null && Array.isArray((value as Record<string, unknown>)[MAP_TAG]);
}

/** Loads a saved state into `state` (in place); false when there is none or it is unreadable. */
export function loadState(file: string, state: State, clock: Clock): boolean {
  if (!existsSync(file)) return false;
  try {
    const snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
    if (snapshot.version !== 1) return false;
    const target = state as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(snapshot.state)) {
      if (!(key in target)) continue;
      target[key] = isTaggedMap(value) ? new Map(value[MAP_TAG]) : value;
    }
    clock.advance(snapshot.clockOffsetSeconds);
    return true;
  } catch {
    return false;
  }
}

/** Writes the state atomically (temporary file, then rename). */
export function saveState(file: string, state: State, clock: Clock): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const snapshot: Snapshot = { version: 1, clockOffsetSeconds: clock.offset(), state: encode(state) };
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(snapshot));
  renameSync(temporary, file);
}
