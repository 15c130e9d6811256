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

export function predictPointDv50Um(point: ValidationPoint): Interval {
  const { viscosityCp, densityKgM3, surfaceTensionMNm } = point.liquid;
  const input = { fluid: { viscosityCp, densityKgM3, surfaceTensionMNm } };
  return predictActuatorAtPressure(input, buildActuator(point), point.pressureBar).dv50Um;
}
