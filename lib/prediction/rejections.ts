import type { RankContext } from "./context";
import type { Evaluation } from "./evaluate";
import { describeRejection, REJECTION_CODES, type RejectionCode } from "./flow";
import type { Actuator } from "./schemas";
import { convertPaToBar } from "./units";

export interface RejectedActuator {
  sku: string;
  reason: RejectionCode;
  message: string;
  requiredPressureBar: number;
}

// Counts for every rejected SKU; messages only for the first `limit`, in catalog order, so a
// 100k catalog does not build 100k strings nobody reads.
export interface RejectionSummary {
  total: number;
  byReason: Record<RejectionCode, number>;
  items: RejectedActuator[];
}

export function createRejectionSummary(): RejectionSummary {
  const byReason = Object.fromEntries(REJECTION_CODES.map((code) => [code, 0]));
  return { total: 0, byReason: byReason as Record<RejectionCode, number>, items: [] };
}

export function recordRejection(ctx: RankContext, summary: RejectionSummary, a: Actuator, ev: Evaluation): void {
  const reason = ev.rejection;
  if (reason === null) return;
  summary.total++;
  summary.byReason[reason]++;
  if (summary.items.length >= ctx.options.rejectedLimit) return;
  summary.items.push(createRejectedActuator(ctx, a, reason, ev.pressurePa));
}

export function createRejectedActuator(ctx: RankContext, a: Actuator, reason: RejectionCode, pressurePa: number): RejectedActuator {
  const requiredPressureBar = convertPaToBar(pressurePa);
  const { maxPressureBar } = ctx.targets;
  const { minPressureBar } = ctx.options;
  const message = describeRejection(reason, requiredPressureBar, a, maxPressureBar, minPressureBar);
  return { sku: a.sku, reason, message, requiredPressureBar };
}
