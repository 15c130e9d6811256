// Water at 20 °C: the fluid every catalog rating (flow, cone, vendor SMD) refers to.
// Density rounded to 1000 kg/m³ as in the flow law's √(1000/ρ); viscosity 1.00 mPa·s and
// surface tension 72.8 mN/m from standard property tables (CRC Handbook).
export const WATER_SI = {
  viscosityPaS: 1.0e-3,
  densityKgM3: 1000,
  surfaceTensionNm: 0.0728,
} as const;
