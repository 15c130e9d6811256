// A residual model corrects the physics, it never replaces it: each predicted residual is
// bounded, so a model extrapolating outside its data moves a prediction by at most these
// factors; the engine keeps the corrected cone inside its physical range.

import type { Quantity, Residuals } from "./features";

/** ×/÷ 3 on Dv50, ×/÷ 1.5 on flow, ± 20° on cone. */
export const RESIDUAL_LIMITS: Record<Quantity, number> = { dv50Log: Math.log(3), flowLog: Math.log(1.5), coneDeg: 20 };

export function clampResidual(q: Quantity, value: number | null): number {
  if (value === null || !Number.isFinite(value)) return 0;
  const limit = RESIDUAL_LIMITS[q];
  return Math.min(limit, Math.max(-limit, value));
}

export function clampResiduals(r: Residuals): Record<Quantity, number> {
  return {
    dv50Log: clampResidual("dv50Log", r.dv50Log),
    flowLog: clampResidual("flowLog", r.flowLog),
    coneDeg: clampResidual("coneDeg", r.coneDeg),
  };
}
