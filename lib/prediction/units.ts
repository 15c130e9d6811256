// Spec units at the API edge, SI inside the engine: every formula below works in SI so that the
// published correlation constants apply unchanged.

const CP_PER_PA_S = 1000;
const MN_M_PER_N_M = 1000;
const PA_PER_BAR = 1e5;
const ML_MIN_PER_M3_S = 1e6 * 60;
const UM_PER_M = 1e6;
const MM_PER_M = 1000;

export function convertCpToPaS(cp: number): number {
  return cp / CP_PER_PA_S;
}

export function convertPaSToCp(paS: number): number {
  return paS * CP_PER_PA_S;
}

export function convertMNmToNm(mNm: number): number {
  return mNm / MN_M_PER_N_M;
}

export function convertNmToMNm(nm: number): number {
  return nm * MN_M_PER_N_M;
}

export function convertBarToPa(bar: number): number {
  return bar * PA_PER_BAR;
}

export function convertPaToBar(pa: number): number {
  return pa / PA_PER_BAR;
}

export function convertMlMinToM3s(mlMin: number): number {
  return mlMin / ML_MIN_PER_M3_S;
}

export function convertM3sToMlMin(m3s: number): number {
  return m3s * ML_MIN_PER_M3_S;
}

export function convertUmToM(um: number): number {
  return um / UM_PER_M;
}

export function convertMToUm(m: number): number {
  return m * UM_PER_M;
}

export function convertMmToM(mm: number): number {
  return mm / MM_PER_M;
}

export function convertMToMm(m: number): number {
  return m * MM_PER_M;
}

export function convertDegToRad(deg: number): number {
  return (deg * Math.PI) / 180;
}

export function convertRadToDeg(rad: number): number {
  return (rad * 180) / Math.PI;
}

export interface FluidSi {
  viscosityPaS: number;
  densityKgM3: number;
  surfaceTensionNm: number;
}

export function convertFluidToSi(fluid: { viscosityCp: number; densityKgM3: number; surfaceTensionMNm: number }): FluidSi {
  return {
    viscosityPaS: convertCpToPaS(fluid.viscosityCp),
    densityKgM3: fluid.densityKgM3,
    surfaceTensionNm: convertMNmToNm(fluid.surfaceTensionMNm),
  };
}
