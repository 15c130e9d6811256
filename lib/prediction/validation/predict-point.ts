import { predictActuatorAtPressure } from "../predict";
import type { Actuator } from "../schemas";
import type { Interval } from "../uncertainty";
import type { ValidationPoint } from "./measurements";

// The nozzle as a catalog row rated at the measured point: its flow at that pressure is the
// measured one, so only the droplet model is under test. The SKU and supplier only satisfy the
// catalog schema.
function buildActuator(point: ValidationPoint): Actuator {
  return {
    sku: "SPENC-VALIDATION",
    supplier: "spencer",
    sprayType: point.nozzle.sprayType,
    orificeDiameterMm: point.nozzle.orificeDiameterMm,
    refFlowMlMin: point.flowMlMin,
    refPressureBar: point.pressureBar,
    flowExponent: null,
    nominalConeDeg: point.nozzle.nominalConeDeg,
    maxPressureBar: 400,
    vendorSmdUm: null,
    rosinRammlerQ: null,
  };
}

export interface PointPrediction {
  dv50Um: Interval;
  // Log-space disagreement of the correlation members (0 for a single correlation).
  logSpread: number;
}

export function predictPoint(point: ValidationPoint): PointPrediction {
  const { viscosityCp, densityKgM3, surfaceTensionMNm } = point.liquid;
  const input = { fluid: { viscosityCp, densityKgM3, surfaceTensionMNm } };
  const result = predictActuatorAtPressure(input, buildActuator(point), point.pressureBar);
  const members = Object.values(result.smdMembersUm);
  const logSpread = members.length === 2 ? Math.abs(Math.log(members[0]! / members[1]!)) / Math.SQRT2 : 0;
  return { dv50Um: result.dv50Um, logSpread };
}
