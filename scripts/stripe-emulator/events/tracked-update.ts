import type { Ctx } from "../core/context";
import { previousAttributes } from "../core/diff";
import type { EventObject, EventType } from "../core/records";

/**
 * Applies `change` to a stored object and, when anything changed, emits `type` (an `*.updated`
 * event) with the previous values. Returns whether anything changed.
 */
export function updateWithEvent<T extends EventObject>(ctx: Ctx, record: T, type: EventType, change: (record: T) => void): boolean {
  const before = structuredClone(record);
  change(record);
  const previous = previousAttributes(before, record);
  if (!previous) return false;
  ctx.emit(type, record, previous);
  return true;
}
